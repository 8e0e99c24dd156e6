package de.ffit.campus.privacy.boundary;

import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.privacy.control.Retention;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/privacy/retention} (admins): erases now the learners whose retention period is over. */
@Tag(name = "Privacy")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("privacy/retention")
@RequestScoped
public class RetentionResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Retention retention;

    @Operation(summary = "Erase now the learners whose retention period is over")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject runNow() {
        Retention.Outcome outcome = retention.runNow(currentUser.actor());
        return Json.createObjectBuilder().add("cutoff", outcome.cutoff().toString()).add("erased", outcome.erased())
                .add("failed", outcome.failed()).build();
    }
}
