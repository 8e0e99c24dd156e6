package de.ffit.campus.course.boundary;

import de.ffit.campus.course.control.Courses;
import de.ffit.campus.platform.i18n.Messages;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.rest.RequestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/competences}: the 21 DigComp 2.2 competences, named in the caller's language. */
@Tag(name = "Courses")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("competences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CompetencesResource {

    public record CompetenceJson(String code, int area, String areaName, String name) {
    }

    @Inject
    Courses courses;

    @Context
    HttpHeaders headers;

    @Operation(summary = "The DigComp 2.2 competences in the caller’s language")
    @GET
    public List<CompetenceJson> list() {
        Locale locale = RequestLanguage.of(headers);
        return courses.competences().stream().map(c -> new CompetenceJson(c.getCode(), c.getArea(),
                Messages.text(locale, c.getAreaMessageKey()), Messages.text(locale, c.getMessageKey()))).toList();
    }
}
