package de.ffit.campus.course.boundary;

import de.ffit.campus.account.boundary.CurrentUser;
import de.ffit.campus.course.control.Courses;
import de.ffit.campus.course.control.ExerciseDraft;
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

/** {@code /api/exercises/{id}}: one exercise of a course plan. */
@Path("exercises")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExercisesResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Courses courses;

    @GET
    @Path("{id}")
    public CourseJson.ExerciseJson exercise(@PathParam("id") long id) {
        return CourseJson.ExerciseJson.of(courses.findExercise(currentUser.actor(), id));
    }

    @PUT
    @Path("{id}")
    public CourseJson.ExerciseJson updateExercise(@PathParam("id") long id, ExerciseDraft draft) {
        return CourseJson.ExerciseJson.of(courses.updateExercise(currentUser.actor(), id, draft));
    }

    @DELETE
    @Path("{id}")
    public Response removeExercise(@PathParam("id") long id) {
        courses.removeExercise(currentUser.actor(), id);
        return Response.noContent().build();
    }
}
