package de.ffit.campus.course.boundary;

import de.ffit.campus.course.control.CourseSheet.Item;
import de.ffit.campus.course.control.CourseTranslations;
import de.ffit.campus.course.control.CourseTranslations.Imported;
import de.ffit.campus.course.control.CourseTranslations.LanguageState;
import de.ffit.campus.course.control.CourseTranslations.Sheet;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/courses/{id}/texts}: a course's content in other languages for coordinators. {@code GET} tells per
 * language how many texts are translated, outdated and missing (and which); {@code GET {lang}.csv} is the
 * translators' sheet; {@code PUT} or {@code POST} of the same file imports it, or refuses it as a whole with
 * problem+json naming each broken row.
 */
@Tag(name = "Courses")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("courses/{id}/texts")
@RequestScoped
public class CourseTextsResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    CurrentUser currentUser;

    @Inject
    CourseTranslations translations;

    /** One language's state. */
    public record LanguageJson(String language, String name, int total, int translated, int outdated, int missing,
            int unreviewed, boolean complete, List<String> missingKeys, List<String> outdatedKeys) {

        static LanguageJson of(LanguageState s) {
            return new LanguageJson(s.language().code(), s.language().nativeName(), s.total(), s.translated(),
                    s.outdated(), s.missing().size(), s.unreviewed(), s.isComplete(), keys(s.missing()),
                    keys(s.outdatedItems()));
        }

        private static List<String> keys(List<Item> items) {
            return items.stream().map(i -> i.key().value()).toList();
        }
    }

    public record ImportJson(String language, int saved, int outdated) {

        static ImportJson of(Imported imported) {
            return new ImportJson(imported.language().code(), imported.saved(), imported.outdated());
        }
    }

    @Operation(summary = "Per language: how many course texts are translated, outdated, missing")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<LanguageJson> states(@PathParam("id") long id) {
        return translations.states(currentUser.actor(), id).stream().map(LanguageJson::of).toList();
    }

    @Operation(summary = "The translators’ sheet of a language as CSV")
    @GET
    @Path("{lang: [a-z]{2,3}}.csv")
    @Produces(CSV)
    public Response sheet(@PathParam("id") long id, @PathParam("lang") String language) {
        Sheet sheet = translations.export(currentUser.actor(), id, language);
        return Response.ok(sheet.csv(), CSV)
                .header("Content-Disposition", "attachment; filename=\"" + sheet.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }

    @Operation(summary = "Import a language’s translated sheet")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @PUT
    @Path("{lang: [a-z]{2,3}}.csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public ImportJson replace(@PathParam("id") long id, @PathParam("lang") String language, InputStream body)
            throws IOException {
        byte[] file = body == null ? new byte[0] : body.readNBytes(CourseTranslations.MAX_FILE_BYTES + 1);
        return ImportJson.of(translations.importSheet(currentUser.actor(), id, language, file));
    }

    @Operation(summary = "Import a language’s translated sheet (the same as PUT)")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @POST
    @Path("{lang: [a-z]{2,3}}.csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public ImportJson upload(@PathParam("id") long id, @PathParam("lang") String language, InputStream body)
            throws IOException {
        return replace(id, language, body);
    }
}
