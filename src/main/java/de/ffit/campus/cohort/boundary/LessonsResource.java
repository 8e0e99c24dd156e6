package de.ffit.campus.cohort.boundary;

import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.control.LessonDraft;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/lessons/{id}}: one lesson: reschedule, retitle, hold or cancel, remove. */
@Tag(name = "Cohorts")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("lessons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LessonsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Cohorts cohorts;

    @Operation(summary = "Read a lesson")
    @GET
    @Path("{id}")
    public CohortJson.LessonJson get(@PathParam("id") long id) {
        return CohortJson.LessonJson.of(cohorts.findLesson(currentUser.actor(), id));
    }

    @Operation(summary = "Reschedule or retitle a lesson")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @PUT
    @Path("{id}")
    public CohortJson.LessonJson update(@PathParam("id") long id, LessonDraft draft) {
        return CohortJson.LessonJson.of(cohorts.updateLesson(currentUser.actor(), id, draft));
    }

    @Operation(summary = "Remove a lesson")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        cohorts.removeLesson(currentUser.actor(), id);
        return Response.noContent().build();
    }
}
