package de.ffit.campus.course.boundary;

import de.ffit.campus.course.control.CourseDraft;
import de.ffit.campus.course.control.CourseSummary;
import de.ffit.campus.course.control.Courses;
import de.ffit.campus.course.control.ModuleDraft;
import de.ffit.campus.course.entity.Course;
import de.ffit.campus.course.entity.CourseModule;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.security.CurrentUser;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/courses}: the organisation's courses with their plan. */
@Tag(name = "Courses")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
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

    @Operation(summary = "List the courses")
    @GET
    public List<CourseSummary> list() {
        return courses.list(currentUser.actor());
    }

    @Operation(summary = "Create a course")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @POST
    public Response create(CourseDraft draft) {
        Course course = courses.create(currentUser.actor(), draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(course.getId())).build())
                .entity(CourseJson.of(course)).build();
    }

    @Operation(summary = "Read a course with its plan")
    @GET
    @Path("{id}")
    public CourseJson get(@PathParam("id") long id) {
        return CourseJson.of(courses.findWithPlan(currentUser.actor(), id));
    }

    @Operation(summary = "Change a course")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @PUT
    @Path("{id}")
    public CourseJson update(@PathParam("id") long id, CourseDraft draft) {
        return CourseJson.of(courses.update(currentUser.actor(), id, draft));
    }

    @Operation(summary = "Delete a course")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        courses.delete(currentUser.actor(), id);
        return Response.noContent().build();
    }

    @Operation(summary = "Add a module to a course")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @POST
    @Path("{id}/modules")
    public Response addModule(@PathParam("id") long id, ModuleDraft draft) {
        CourseModule module = courses.addModule(currentUser.actor(), id, draft);
        return Response.created(uri.getBaseUriBuilder().path("modules").path(String.valueOf(module.getId())).build())
                .entity(CourseJson.ModuleJson.of(module)).build();
    }
}
