package de.ffit.campus.progress.boundary;

import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.rest.RequestLanguage;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.progress.control.Progress;
import de.ffit.campus.progress.entity.CompletionState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One learner's progress, ticking their exercises, and deciding on their reports. */
@Tag(name = "Progress")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("enrollments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrollmentProgressResource {

    /** the body of {@code PUT /api/enrollments/{id}/exercises/{exerciseId}} */
    public record Tick(Boolean done) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Progress progress;

    @Context
    HttpHeaders headers;

    @Operation(summary = "One learner’s progress")
    @GET
    @Path("{id}/progress")
    public ProgressJson learner(@PathParam("id") long id) {
        return ProgressJson.of(progress.learner(currentUser.actor(), id), RequestLanguage.of(headers));
    }

    @Operation(summary = "Tick an exercise done or not done")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @PUT
    @Path("{id}/exercises/{exerciseId}")
    public Map<String, Object> tick(@PathParam("id") long id, @PathParam("exerciseId") long exerciseId, Tick body) {
        if (body == null || body.done() == null) {
            throw CampusException.invalid("error.required", "done", new CampusException.MessageKey("field.done"));
        }
        return state(progress.tick(currentUser.actor(), id, exerciseId, body.done()));
    }

    @Operation(summary = "Report an exercise done (to be confirmed)")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @POST
    @Path("{id}/exercises/{exerciseId}/report")
    public Map<String, Object> report(@PathParam("id") long id, @PathParam("exerciseId") long exerciseId) {
        return state(progress.report(currentUser.actor(), id, exerciseId));
    }

    @Operation(summary = "Confirm a reported exercise")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @POST
    @Path("{id}/exercises/{exerciseId}/confirm")
    public Map<String, Object> confirm(@PathParam("id") long id, @PathParam("exerciseId") long exerciseId) {
        return state(progress.confirm(currentUser.actor(), id, exerciseId));
    }

    @Operation(summary = "Reject a reported exercise")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @POST
    @Path("{id}/exercises/{exerciseId}/reject")
    public Map<String, Object> reject(@PathParam("id") long id, @PathParam("exerciseId") long exerciseId) {
        return state(progress.reject(currentUser.actor(), id, exerciseId));
    }

    private static Map<String, Object> state(CompletionState state) {
        return state == null ? Map.of("done", false) : Map.of("done", state == CompletionState.CONFIRMED,
                "state", state.name());
    }
}
