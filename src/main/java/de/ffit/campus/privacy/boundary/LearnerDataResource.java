package de.ffit.campus.privacy.boundary;

import de.ffit.campus.account.boundary.CurrentUser;
import de.ffit.campus.privacy.control.LearnerDataExport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/learners/{id}/personal-data}: everything stored about the learner, as JSON to hand over. */
@Path("learners/{id}/personal-data")
@RequestScoped
public class LearnerDataResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    LearnerDataExport export;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response personalData(@PathParam("id") long id) {
        return Response.ok(export.export(currentUser.actor(), id))
                .header("Content-Disposition", "attachment; filename=\"learner-" + id + "-personal-data.json\"")
                .build();
    }
}
