package de.ffit.campus.course.boundary;

import de.ffit.campus.course.control.Courses;
import de.ffit.campus.course.control.ExerciseDraft;
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

/** {@code /api/exercises/{id}}: one exercise of a course plan. */
@Tag(name = "Courses")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("exercises")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExercisesResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Courses courses;

    @Operation(summary = "Read an exercise")
    @GET
    @Path("{id}")
    public CourseJson.ExerciseJson exercise(@PathParam("id") long id) {
        return CourseJson.ExerciseJson.of(courses.findExercise(currentUser.actor(), id));
    }

    @Operation(summary = "Change an exercise")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @PUT
    @Path("{id}")
    public CourseJson.ExerciseJson updateExercise(@PathParam("id") long id, ExerciseDraft draft) {
        return CourseJson.ExerciseJson.of(courses.updateExercise(currentUser.actor(), id, draft));
    }

    @Operation(summary = "Remove an exercise")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @DELETE
    @Path("{id}")
    public Response removeExercise(@PathParam("id") long id) {
        courses.removeExercise(currentUser.actor(), id);
        return Response.noContent().build();
    }
}
