package de.ffit.campus.certificate.boundary;

import de.ffit.campus.account.boundary.CurrentUser;
import de.ffit.campus.certificate.control.Certificates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/cohorts/{id}/certificates}: the certificates of a cohort's learners, newest first. */
@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CohortCertificatesResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Certificates certificates;

    @GET
    @Path("{id}/certificates")
    public List<CertificateJson> ofCohort(@PathParam("id") long id) {
        return CertificatesResource.json(certificates, certificates.ofCohort(currentUser.actor(), id));
    }
}
