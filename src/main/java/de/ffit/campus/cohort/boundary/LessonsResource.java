package de.ffit.campus.cohort.boundary;

import de.ffit.campus.account.boundary.CurrentUser;
import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.control.LessonDraft;
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

/** {@code /api/lessons/{id}}: one lesson: reschedule, retitle, hold or cancel, remove. */
@Path("lessons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LessonsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Cohorts cohorts;

    @GET
    @Path("{id}")
    public CohortJson.LessonJson get(@PathParam("id") long id) {
        return CohortJson.LessonJson.of(cohorts.findLesson(currentUser.actor(), id));
    }

    @PUT
    @Path("{id}")
    public CohortJson.LessonJson update(@PathParam("id") long id, LessonDraft draft) {
        return CohortJson.LessonJson.of(cohorts.updateLesson(currentUser.actor(), id, draft));
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        cohorts.removeLesson(currentUser.actor(), id);
        return Response.noContent().build();
    }
}
