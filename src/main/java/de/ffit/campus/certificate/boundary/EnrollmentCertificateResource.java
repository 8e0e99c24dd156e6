package de.ffit.campus.certificate.boundary;

import de.ffit.campus.certificate.control.Certificates;
import de.ffit.campus.certificate.entity.Certificate;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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

/**
 * {@code POST /api/enrollments/{id}/certificate} issues (body optional: {@code {"reason": "…"}}, or as before
 * {@code {"overrideReason": "…"}}, for a learner who does not meet the rule or a cohort whose last lesson is still to
 * come): 201 with serial, verification code, short code and address; 409 naming what is missing, or saying that the
 * cohort is still running.
 */
@Tag(name = "Certificates")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("enrollments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrollmentCertificateResource {

    /** {@code reason} and {@code overrideReason} are the same written reason; {@code reason} wins when both come */
    public record IssueRequest(String overrideReason, String reason) {

        String written() {
            return reason != null && !reason.isBlank() ? reason : overrideReason;
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Certificates certificates;

    @Context
    UriInfo uri;

    @Operation(summary = "Issue the certificate of an enrolment (409 naming what is missing)")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @POST
    @Path("{id}/certificate")
    public Response issue(@PathParam("id") long id, IssueRequest body) {
        Certificate c = certificates.issue(currentUser.actor(), id, body == null ? null : body.written());
        return Response.status(201).location(uri.getBaseUriBuilder().path("certificates").path(c.getSerial()).build())
                .entity(CertificateJson.of(c, certificates.verifyUrl(c.getVerificationCode()))).build();
    }
}
