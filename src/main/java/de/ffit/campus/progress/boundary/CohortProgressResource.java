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

/**
 * A cohort's progress ({@code GET /api/cohorts/{id}/progress}, one entry per enrolment), exercises done in class,
 * and marking the cohort finished.
 */
@Tag(name = "Progress")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CohortProgressResource {

    /** the body of {@code POST /api/cohorts/{id}/exercises/{exerciseId}/present} */
    public record InClass(Long lessonId) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Progress progress;

    @Context
    HttpHeaders headers;

    @Operation(summary = "A cohort’s progress, one entry per enrolment")
    @GET
    @Path("{id}/progress")
    public List<ProgressJson> cohort(@PathParam("id") long id) {
        var locale = RequestLanguage.of(headers);
        return progress.cohort(currentUser.actor(), id).rows().stream().map(r -> ProgressJson.of(r, locale)).toList();
    }

    @Operation(summary = "Record an exercise done in class by everyone present")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @POST
    @Path("{id}/exercises/{exerciseId}/present")
    public Map<String, Object> present(@PathParam("id") long id, @PathParam("exerciseId") long exerciseId,
            InClass body) {
        if (body == null || body.lessonId() == null) {
            throw CampusException.invalid("error.required", "lessonId",
                    new CampusException.MessageKey("field.lessonId"));
        }
        return Map.of("ticked", progress.markForPresent(currentUser.actor(), id, exerciseId, body.lessonId()));
    }

    /** Marks the cohort finished; every learner who meets the rule graduates. */
    @Operation(summary = "Mark a cohort finished; learners who meet the rule graduate")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @POST
    @Path("{id}/finish")
    public Map<String, Object> finish(@PathParam("id") long id) {
        return Map.of("graduated", progress.finish(currentUser.actor(), id));
    }

}
