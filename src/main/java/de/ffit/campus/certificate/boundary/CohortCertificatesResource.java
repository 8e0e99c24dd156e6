package de.ffit.campus.certificate.boundary;

import de.ffit.campus.certificate.control.Certificates;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/cohorts/{id}/certificates}: the certificates of a cohort's learners, newest first. */
@Tag(name = "Certificates")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CohortCertificatesResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Certificates certificates;

    @Operation(summary = "The certificates of a cohort’s learners, newest first")
    @GET
    @Path("{id}/certificates")
    public List<CertificateJson> ofCohort(@PathParam("id") long id) {
        return CertificatesResource.json(certificates, certificates.ofCohort(currentUser.actor(), id));
    }
}
