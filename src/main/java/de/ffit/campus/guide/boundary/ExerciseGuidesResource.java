package de.ffit.campus.guide.boundary;

import de.ffit.campus.guide.control.Guides;
import de.ffit.campus.platform.rest.CampusApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/exercises/{id}/guides}: the Integreat guides linked to a exercise (see {@link LinkedGuidesResource}). */
@Tag(name = "Guides")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("exercises/{id}/guides")
@RequestScoped
public class ExerciseGuidesResource extends LinkedGuidesResource {

    @Override
    protected Guides.Target target() {
        return Guides.Target.EXERCISE;
    }
}
