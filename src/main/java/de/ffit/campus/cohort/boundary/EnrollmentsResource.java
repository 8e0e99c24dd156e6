package de.ffit.campus.cohort.boundary;

import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.validation.MaxLength;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/enrollments/{id}}: one learner's place in a cohort, and withdrawing from it. */
@Tag(name = "Cohorts")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("enrollments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrollmentsResource {

    /** the body of a withdrawal; the reason is optional */
    public record Withdrawal(@MaxLength(500) String reason) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Cohorts cohorts;

    @Operation(summary = "Read an enrolment")
    @GET
    @Path("{id}")
    public CohortJson.EnrollmentJson get(@PathParam("id") long id) {
        return CohortJson.EnrollmentJson.of(cohorts.findEnrollment(currentUser.actor(), id));
    }

    @Operation(summary = "Withdraw a learner from a cohort")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @POST
    @Path("{id}/withdraw")
    public CohortJson.EnrollmentJson withdraw(@PathParam("id") long id, Withdrawal body) {
        return CohortJson.EnrollmentJson.of(cohorts.withdraw(currentUser.actor(), id,
                body == null ? null : body.reason()));
    }
}
