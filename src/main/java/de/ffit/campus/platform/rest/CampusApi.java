package de.ffit.campus.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JSON under {@code /api}, for scripts and other systems; same accounts as the pages, HTTP Basic. */
@ApplicationPath("/api")
public class CampusApi extends Application {
}
