package de.ffit.campus.privacy.boundary;

import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.rest.RequestLanguage;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.privacy.control.LearnerDataExport;
import de.ffit.campus.privacy.control.LearnerDataPdf;
import de.ffit.campus.privacy.control.LearnerErasure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A learner's personal data (GDPR Art. 15, 17 and 20), for coordinators of the learner's organisation:
 * {@code GET /api/learners/{id}/personal-data} everything stored, as JSON ({@code ?format=pdf}: a readable PDF,
 * in {@code ?lang=} or the caller's language); {@code DELETE} erases it.
 */
@Tag(name = "Privacy")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("learners/{id}/personal-data")
@RequestScoped
public class LearnerDataResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    LearnerDataExport export;

    @Inject
    LearnerErasure erasure;

    @Operation(summary = "Everything stored about a learner, as JSON or PDF")
    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/pdf"})
    public Response personalData(@PathParam("id") long id, @QueryParam("format") String format,
            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        JsonObject data = export.export(currentUser.actor(), id);
        if ("pdf".equals(format)) {
            Locale locale = lang == null ? RequestLanguage.of(headers)
                    : Language.of(lang).filter(Language::isUi).map(Language::locale).orElse(RequestLanguage.of(headers));
            return Response.ok(LearnerDataPdf.render(data, locale), "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"learner-" + id + "-personal-data.pdf\"")
                    .build();
        }
        return Response.ok(data, MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"learner-" + id + "-personal-data.json\"")
                .build();
    }

    /** Erases the learner's personal data; what stays is anonymous, or what an issued certificate shows. */
    @Operation(summary = "Erase a learner’s personal data")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject erase(@PathParam("id") long id) {
        LearnerErasure.Erased erased = erasure.erase(currentUser.actor(), id);
        return Json.createObjectBuilder().add("learnerId", erased.learnerId())
                .add("enrollments", erased.enrollments()).add("attendanceNotes", erased.attendanceNotes())
                .add("certificates", erased.certificates()).add("auditEvents", erased.auditEvents()).build();
    }
}
