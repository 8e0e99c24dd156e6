package de.ffit.campus.learner.boundary;

import de.ffit.campus.learner.control.LearnerDraft;
import de.ffit.campus.learner.control.Learners;
import de.ffit.campus.learner.entity.Learner;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/learners}: search, create and edit the organisation's learners (coordinators). */
@Tag(name = "Learners")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("learners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LearnersResource {

    /** One page of a search, with the total count for paging. */
    public record Page(long total, int first, List<LearnerJson> items) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Learners learners;

    @Context
    UriInfo uri;

    @Operation(summary = "Search the learners, one page at a time")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @GET
    public Page search(@QueryParam("q") String query, @QueryParam("first") String first,
            @QueryParam("max") String max) {
        int from = number(first, 0, "first");
        int size = number(max, 50, "max");
        return new Page(learners.count(currentUser.actor(), query), from,
                learners.search(currentUser.actor(), query, from, size).stream().map(LearnerJson::of).toList());
    }

    @Operation(summary = "Create a learner")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @POST
    public Response create(LearnerDraft draft) {
        Learner learner = learners.create(currentUser.actor(), draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(learner.getId())).build())
                .entity(LearnerJson.of(learner)).build();
    }

    @Operation(summary = "Read a learner")
    @GET
    @Path("{id}")
    public LearnerJson get(@PathParam("id") long id) {
        return LearnerJson.of(learners.find(currentUser.actor(), id));
    }

    @Operation(summary = "Change a learner")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @PUT
    @Path("{id}")
    public LearnerJson update(@PathParam("id") long id, LearnerDraft draft) {
        return LearnerJson.of(learners.update(currentUser.actor(), id, draft));
    }

    private static int number(String raw, int fallback, String field) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        if (!raw.matches("\\d{1,6}")) {
            throw CampusException.invalid("error.number", field, raw);
        }
        return Integer.parseInt(raw);
    }
}
