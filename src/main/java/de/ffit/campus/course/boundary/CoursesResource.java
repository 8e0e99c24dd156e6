package de.ffit.campus.course.boundary;

import de.ffit.campus.account.boundary.CurrentUser;
import de.ffit.campus.course.control.CourseDraft;
import de.ffit.campus.course.control.CourseSummary;
import de.ffit.campus.course.control.Courses;
import de.ffit.campus.course.control.ModuleDraft;
import de.ffit.campus.course.entity.Course;
import de.ffit.campus.course.entity.CourseModule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** {@code /api/courses}: the organisation's courses with their plan. */
@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoursesResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Courses courses;

    @Context
    UriInfo uri;

    @GET
    public List<CourseSummary> list() {
        return courses.list(currentUser.actor());
    }

    @POST
    public Response create(CourseDraft draft) {
        Course course = courses.create(currentUser.actor(), draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(course.getId())).build())
                .entity(CourseJson.of(course)).build();
    }

    @GET
    @Path("{id}")
    public CourseJson get(@PathParam("id") long id) {
        return CourseJson.of(courses.findWithPlan(currentUser.actor(), id));
    }

    @PUT
    @Path("{id}")
    public CourseJson update(@PathParam("id") long id, CourseDraft draft) {
        return CourseJson.of(courses.update(currentUser.actor(), id, draft));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        courses.delete(currentUser.actor(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/modules")
    public Response addModule(@PathParam("id") long id, ModuleDraft draft) {
        CourseModule module = courses.addModule(currentUser.actor(), id, draft);
        return Response.created(uri.getBaseUriBuilder().path("modules").path(String.valueOf(module.getId())).build())
                .entity(CourseJson.ModuleJson.of(module)).build();
    }
}
