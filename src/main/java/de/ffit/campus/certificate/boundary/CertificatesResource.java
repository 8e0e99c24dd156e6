package de.ffit.campus.certificate.boundary;

import de.ffit.campus.certificate.control.Certificates;
import de.ffit.campus.certificate.entity.Certificate;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/**
 * {@code /api/certificates/{serial}} (JSON), {@code /api/certificates/{serial}.pdf} (the PDF as issued),
 * {@code POST …/revoke} and {@code POST …/reissue} with {@code {"reason": "…"}}; {@code POST
 * /api/enrollments/{id}/certificate} issues (see {@link EnrollmentCertificateResource}).
 */
@Tag(name = "Certificates")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificatesResource {

    /** the body of revoke and reissue */
    public record Reason(String reason) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Certificates certificates;

    @Context
    UriInfo uri;

    @Operation(summary = "Read a certificate")
    @GET
    @Path("{serial: FFIT-[0-9]{4}-[0-9]{6}}")
    public CertificateJson get(@PathParam("serial") String serial) {
        return json(certificates.find(currentUser.actor(), serial));
    }

    @Operation(summary = "The certificate’s PDF as issued")
    @GET
    @Path("{serial: FFIT-[0-9]{4}-[0-9]{6}}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("serial") String serial) {
        // empty when the learner's data was erased: the record stays for verification, the document does not
        Certificates.Document d = certificates.document(currentUser.actor(), serial)
                .orElseThrow(() -> CampusException.notFound("record.any"));
        return Response.ok(d.pdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + d.serial() + ".pdf\"")
                .header("ETag", "\"" + d.sha256() + "\"").build();
    }

    @Operation(summary = "Revoke a certificate, with a reason")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @POST
    @Path("{serial: FFIT-[0-9]{4}-[0-9]{6}}/revoke")
    public CertificateJson revoke(@PathParam("serial") String serial, Reason body) {
        return json(certificates.revoke(currentUser.actor(), serial, body == null ? null : body.reason()));
    }

    @Operation(summary = "Reissue a certificate under a new serial, with a reason")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @POST
    @Path("{serial: FFIT-[0-9]{4}-[0-9]{6}}/reissue")
    public Response reissue(@PathParam("serial") String serial, Reason body) {
        Certificate renewed = certificates.reissue(currentUser.actor(), serial, body == null ? null : body.reason());
        return Response.status(201)
                .location(uri.getBaseUriBuilder().path("certificates").path(renewed.getSerial()).build())
                .entity(json(renewed)).build();
    }

    CertificateJson json(Certificate c) {
        return CertificateJson.of(c, certificates.verifyUrl(c.getVerificationCode()));
    }

    static List<CertificateJson> json(Certificates certificates, List<Certificate> list) {
        return list.stream().map(c -> CertificateJson.of(c, certificates.verifyUrl(c.getVerificationCode())))
                .toList();
    }
}
