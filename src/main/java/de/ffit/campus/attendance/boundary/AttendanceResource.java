package de.ffit.campus.attendance.boundary;

import de.ffit.campus.attendance.control.Attendance;
import de.ffit.campus.attendance.control.AttendanceSheet;
import de.ffit.campus.attendance.control.LessonStates;
import de.ffit.campus.attendance.control.MarkReplacement;
import de.ffit.campus.audit.entity.AuditEvent;
import de.ffit.campus.cohort.entity.LessonState;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.rest.Problem;
import de.ffit.campus.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/lessons/{id}/attendance}: read with an {@code ETag}, write with {@code If-Match}. A write based on
 * an older version answers 412, so a script never overwrites a trainer's marks it has not seen.
 */
@Tag(name = "Attendance")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("lessons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    /** the body of {@code PUT /api/lessons/{id}/state} */
    public record StateChange(LessonState state) {
    }

    public record HistoryJson(LocalDateTime at, String by, String subject, long subjectId, String action,
            String before, String after) {
        static HistoryJson of(AuditEvent e) {
            return new HistoryJson(e.getOccurredAt(), e.getActor(), e.getSubjectType(), e.getSubjectId(),
                    e.getAction().name(), e.getBefore(), e.getAfter());
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Attendance attendance;

    @Inject
    MarkReplacement replacement;

    @Inject
    LessonStates lessonStates;

    @Operation(summary = "Read a lesson’s attendance, with its version as ETag")
    @APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
    @APIResponse(responseCode = "200", description = "The marks",
            headers = @Header(name = "ETag", description = "the attendance’s version, for If-Match",
                    schema = @Schema(implementation = String.class)))
    @GET
    @Path("{id}/attendance")
    public Response get(@PathParam("id") long id) {
        return withTag(attendance.sheet(currentUser.actor(), id));
    }

    @Operation(summary = "Replace a lesson’s attendance if it is still at the version named by If-Match",
            description = "If-Match takes the ETag of the attendance read (or *: whatever the marks are now); "
                    + "without it, the version in the body counts.")
    @APIResponse(responseCode = "200", description = "Saved; the new version",
            headers = @Header(name = "ETag", description = "the attendance’s version, for If-Match",
                    schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "412", description = "Someone changed the attendance since the version named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @APIResponse(responseCode = "428", description = "Neither If-Match nor a version in the body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @PUT
    @Path("{id}/attendance")
    public Response put(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, AttendanceJson body) {
        String expected = ifMatch != null ? unquote(ifMatch) : body == null ? null : body.version();
        if (expected == null) {
            return Response.status(428).type("application/problem+json")
                    .entity(new Problem("urn:ffit:problem:precondition_required",
                            "Precondition Required", 428, "Send If-Match with the ETag of the attendance you read.",
                            List.of()))
                    .build();
        }
        if (body == null) {
            throw CampusException.invalid("error.required", "records",
                    new CampusException.MessageKey("field.records"));
        }
        return withTag(replacement.replace(currentUser.actor(), id, expected, body.marks()));
    }

    /** Held or cancelled, for trainers as well as coordinators. */
    @Operation(summary = "Mark a lesson held or cancelled")
    @APIResponse(responseCode = "200", description = "The lesson’s attendance",
            headers = @Header(name = "ETag", description = "the attendance’s version, for If-Match",
                    schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @PUT
    @Path("{id}/state")
    public Response state(@PathParam("id") long id, StateChange body) {
        if (body == null || body.state() == null) {
            throw CampusException.invalid("error.required", "state", new CampusException.MessageKey("field.state"));
        }
        return withTag(lessonStates.change(currentUser.actor(), id, body.state()));
    }

    @Operation(summary = "Who changed a lesson’s attendance, and when")
    @GET
    @Path("{id}/attendance/history")
    public List<HistoryJson> history(@PathParam("id") long id) {
        return attendance.history(currentUser.actor(), id).stream().map(HistoryJson::of).toList();
    }

    private static Response withTag(AttendanceSheet sheet) {
        return Response.ok(AttendanceJson.of(sheet)).tag(new EntityTag(sheet.version())).build();
    }

    /** {@code "abc"}, {@code W/"abc"} or a bare {@code abc} all name version abc. */
    static String unquote(String tag) {
        String t = tag.strip();
        if (t.equals("*")) {
            return MarkReplacement.ANY_VERSION;
        }
        if (t.startsWith("W/")) {
            t = t.substring(2);
        }
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        return t;
    }
}
