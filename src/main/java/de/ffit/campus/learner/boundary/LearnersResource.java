package de.ffit.campus.learner.boundary;

import de.ffit.campus.account.boundary.CurrentUser;
import de.ffit.campus.learner.control.LearnerDraft;
import de.ffit.campus.learner.control.Learners;
import de.ffit.campus.learner.entity.Learner;
import de.ffit.campus.platform.error.CampusException;
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

/** {@code /api/learners}: search, create and edit the organisation's learners (coordinators). */
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

    @GET
    public Page search(@QueryParam("q") String query, @QueryParam("first") String first,
            @QueryParam("max") String max) {
        int from = number(first, 0, "first");
        int size = number(max, 50, "max");
        return new Page(learners.count(currentUser.actor(), query), from,
                learners.search(currentUser.actor(), query, from, size).stream().map(LearnerJson::of).toList());
    }

    @POST
    public Response create(LearnerDraft draft) {
        Learner learner = learners.create(currentUser.actor(), draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(learner.getId())).build())
                .entity(LearnerJson.of(learner)).build();
    }

    @GET
    @Path("{id}")
    public LearnerJson get(@PathParam("id") long id) {
        return LearnerJson.of(learners.find(currentUser.actor(), id));
    }

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
