package de.ffit.campus.certificate.boundary;

import de.ffit.campus.badge.control.Badges;
import de.ffit.campus.badge.control.CredentialCheck;
import de.ffit.campus.certificate.control.Certificates;
import de.ffit.campus.certificate.control.VerificationLimiter;
import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.i18n.Messages;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.rest.Problem;
import de.ffit.campus.platform.rest.RequestLanguage;
import de.ffit.campus.platform.web.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public verification, no sign-in: {@code GET /api/verify/{code}} and {@code POST /api/verify} with a PDF as the
 * body, and {@code GET /api/verify/{code}/credential}: the certificate's signed credential. The answer says valid or revoked and what the certificate itself shows, nothing more; an unknown code or
 * file answers a plain 404. Lookups are limited per address (429 with Retry-After).
 */
@Tag(name = "Certificates")
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("verify")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VerifyResource {

    /** a certificate PDF is well under 100 KB; anything far bigger is not one of ours */
    static final int MAX_UPLOAD = 2 * 1024 * 1024;
    /** a VC-JWT's media type (VC Data Model 2.0, securing with JOSE) */
    public static final String CREDENTIAL = "application/vc+jwt";

    @Inject
    CampusSettings settings;

    @Inject
    Certificates certificates;

    @Inject
    VerificationLimiter limiter;

    @Inject
    Badges badges;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Operation(summary = "Check a certificate by its verification code (anonymous)")
    @APIResponse(responseCode = "429", ref = CampusApi.TOO_MANY)
    @GET
    @Path("{code}")
    public Response byCode(@PathParam("code") String code) {
        Optional<Response> limited = limited();
        if (limited.isPresent()) {
            return limited.get();
        }
        return certificates.verify(code).map(c -> Response.ok(CertificateJson.Public.of(c)).build())
                .orElseGet(this::notFound);
    }

    @Operation(summary = "The certificate's Open Badges 3.0 credential, signed by its organisation (anonymous)",
            description = "A VC-JWT (ES256); its issuer's keys are in the DID document at /orgs/{slug}/did.json")
    @APIResponse(responseCode = "200", description = "The credential as a compact JWT",
            content = @Content(mediaType = CREDENTIAL))
    @APIResponse(responseCode = "429", ref = CampusApi.TOO_MANY)
    @GET
    @Path("{code}/credential")
    @Produces({CREDENTIAL, "application/jwt", MediaType.APPLICATION_JSON})
    public Response credential(@PathParam("code") String code) {
        Optional<Response> limited = limited();
        if (limited.isPresent()) {
            return limited.get();
        }
        return certificates.credential(code).map(jwt -> Response.ok(jwt, CREDENTIAL)
                        .header("Content-Disposition", "attachment; filename=\"credential.jwt\"")
                        .header("Cache-Control", "no-store").build())
                .orElseGet(this::notFound);
    }

    /** what a pasted credential is; the message in the caller's language */
    public record CredentialFinding(String outcome, String message, String course, String organisation,
            String validFrom) {
    }

    @Operation(summary = "Check a credential (VC-JWT) someone holds (anonymous)",
            description = "Signature against the issuing organisation's key, validity dates and revocation; bad "
                    + "input (not a JWT, unknown key, tampered, too large) is an outcome too")
    @APIResponse(responseCode = "200", description = "What the credential is",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CredentialFinding.class)))
    @APIResponse(responseCode = "429", ref = CampusApi.TOO_MANY)
    @POST
    @Path("credential")
    @Consumes({CREDENTIAL, "application/jwt", MediaType.TEXT_PLAIN})
    public Response byCredential(InputStream body) throws IOException {
        Optional<Response> limited = limited();
        if (limited.isPresent()) {
            return limited.get();
        }
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(CredentialCheck.MAX_LENGTH + 1);
        CredentialCheck.Finding found = badges.check(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        return Response.ok(new CredentialFinding(found.outcome().name(), text("verify.jwt." + found.outcome()),
                found.course(), found.issuer(), found.validFrom() == null ? null : found.validFrom().toString()))
                .build();
    }

    @Operation(summary = "Check a certificate PDF (anonymous)")
    @APIResponse(responseCode = "413", description = "Far bigger than any certificate of ours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", ref = CampusApi.TOO_MANY)
    @POST
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    public Response byFile(InputStream body) throws IOException {
        Optional<Response> limited = limited();
        if (limited.isPresent()) {
            return limited.get();
        }
        byte[] pdf = body == null ? new byte[0] : body.readNBytes(MAX_UPLOAD + 1);
        if (pdf.length > MAX_UPLOAD) {
            return problem(413, "Payload Too Large", text("verify.tooLarge"));
        }
        return certificates.verifyFile(pdf).map(c -> Response.ok(CertificateJson.Public.of(c)).build())
                .orElseGet(this::notFound);
    }

    private Optional<Response> limited() {
        Optional<Duration> wait = limiter.attempt(ClientAddress.of(request, settings.trustedProxies()));
        return wait.map(d -> Response.fromResponse(problem(429, "Too Many Requests", text("verify.tooMany")))
                .header("Retry-After", Math.max(1, d.toSeconds())).build());
    }

    private Response notFound() {
        return problem(404, "Not Found", text("verify.notFoundHint"));
    }

    private String text(String key) {
        return Messages.text(RequestLanguage.of(headers), key);
    }

    private static Response problem(int status, String title, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, List.of())).build();
    }
}
