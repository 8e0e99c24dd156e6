package de.ffit.campus.course.boundary;

import de.ffit.campus.course.control.Courses;
import de.ffit.campus.course.control.ExerciseDraft;
import de.ffit.campus.course.control.ModuleDraft;
import de.ffit.campus.course.entity.Exercise;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/modules/{id}}: a module of a course plan, and the exercises added to it. */
@Tag(name = "Courses")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModulesResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Courses courses;

    @Context
    UriInfo uri;

    @Operation(summary = "Read a module")
    @GET
    @Path("{id}")
    public CourseJson.ModuleJson module(@PathParam("id") long id) {
        return CourseJson.ModuleJson.of(courses.findModule(currentUser.actor(), id));
    }

    @Operation(summary = "Change a module")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @PUT
    @Path("{id}")
    public CourseJson.ModuleJson updateModule(@PathParam("id") long id, ModuleDraft draft) {
        return CourseJson.ModuleJson.of(courses.updateModule(currentUser.actor(), id, draft));
    }

    @Operation(summary = "Remove a module")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @DELETE
    @Path("{id}")
    public Response removeModule(@PathParam("id") long id) {
        courses.removeModule(currentUser.actor(), id);
        return Response.noContent().build();
    }

    @Operation(summary = "Add an exercise to a module")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @POST
    @Path("{id}/exercises")
    public Response addExercise(@PathParam("id") long id, ExerciseDraft draft) {
        Exercise exercise = courses.addExercise(currentUser.actor(), id, draft);
        return Response.created(uri.getBaseUriBuilder().path("exercises").path(String.valueOf(exercise.getId()))
                .build()).entity(CourseJson.ExerciseJson.of(exercise)).build();
    }
}
