package de.ffit.campus.attendance.boundary;

import de.ffit.campus.account.control.Accounts;
import de.ffit.campus.attendance.control.Attendance;
import de.ffit.campus.attendance.control.AttendanceSheet;
import de.ffit.campus.attendance.control.Change;
import de.ffit.campus.attendance.control.SaveOutcome;
import de.ffit.campus.attendance.entity.AttendanceStatus;
import de.ffit.campus.platform.rest.CampusApi;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.validation.MaxLength;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The trainer's installable app ({@code /api/attendance-device}): the copy of lessons a device keeps for taking
 * attendance with no network, and the saves it queued, each with a key of the device's own so that a save sent
 * twice (its answer lost on the way) is written once. The page's script calls it with the signed-in session
 * (see {@code CampusAuthentication}); scripts may use HTTP Basic as on the rest of the API. Saves follow the same
 * merge rules as the page: a colleague's change to another learner stays, a change to the same learner is
 * returned as a conflict with both values, and everything else is saved.
 */
@Tag(name = "Attendance")
@SecurityRequirement(name = CampusApi.BASIC)
@APIResponse(responseCode = "401", ref = CampusApi.UNAUTHORIZED)
@APIResponse(responseCode = "404", ref = CampusApi.NOT_FOUND)
@Path("attendance-device")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttendanceDeviceResource {

    /** A save the device queued: its key, and per learner the mark set and the mark it was based on. */
    public record QueuedSave(
            @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{16,64}") String key,
            @NotNull @Size(max = 500) List<@NotNull @Valid QueuedChange> changes) {
    }

    /** @param baseVersion the stored mark's version the device had, null when there was none */
    public record QueuedChange(@NotNull Long enrollmentId, @NotNull AttendanceStatus status,
            @MaxLength(500) String note, AttendanceStatus baseStatus, @MaxLength(500) String baseNote,
            Long baseVersion) {

        Change change() {
            return new Change(enrollmentId, status, blankAsNull(note), baseStatus, blankAsNull(baseNote),
                    baseVersion);
        }

        private static String blankAsNull(String note) {
            return note == null || note.isBlank() ? null : note;
        }
    }

    /** One lesson as the device keeps it: what the list shows, and each mark's version to base changes on. */
    public record DeviceLesson(long id, long cohortId, String cohortName, String locationName, LocalDate date,
            LocalTime start, LocalTime end, String topic, String state, String version, List<DeviceRow> rows) {

        static DeviceLesson of(AttendanceSheet sheet) {
            return new DeviceLesson(sheet.lessonId(), sheet.cohortId(), sheet.cohortName(), sheet.locationName(),
                    sheet.date(), sheet.start(), sheet.end(), sheet.topic(), sheet.state().name(), sheet.version(),
                    sheet.rows().stream().map(DeviceRow::of).toList());
        }
    }

    /** A learner's row: the name as on the list, the enrollment, the mark and its version; nothing more. */
    public record DeviceRow(long enrollmentId, String name, String nameOriginal, boolean enrolledLater,
            AttendanceStatus status, String note, Long version) {

        static DeviceRow of(AttendanceSheet.Row r) {
            return new DeviceRow(r.enrollmentId(), r.name(), r.nameOriginal(), r.enrolledLater(), r.status(),
                    r.note(), r.recordVersion());
        }
    }

    public record DeviceCopy(String account, LocalDate today, int daysAhead, List<DeviceLesson> lessons) {
    }

    /** Both values for a learner a colleague changed meanwhile; {@code theirBy} is the colleague's name. */
    public record ConflictJson(long enrollmentId, String learnerName, AttendanceStatus mine, String myNote,
            AttendanceStatus theirs, String theirNote, String theirBy, LocalDateTime theirAt, Long theirVersion) {
    }

    /** @param repeated the key had arrived before: nothing was written now, {@code saved} is the first count */
    public record SaveAnswer(int saved, boolean repeated, List<ConflictJson> conflicts, DeviceLesson lesson) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Attendance attendance;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Operation(summary = "The lessons a trainer’s device keeps for taking attendance offline")
    @GET
    @Path("lessons")
    public Response lessons() {
        var actor = currentUser.actor();
        DeviceCopy copy = new DeviceCopy(actor.username(), LocalDate.now(clock), Attendance.DEVICE_DAYS_AHEAD,
                attendance.deviceLessons(actor).stream().map(DeviceLesson::of).toList());
        // learners' names: kept by the trainer's own device on purpose, by no cache on the way
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(copy).cacheControl(noStore).build();
    }

    @Operation(summary = "Save the marks a device queued, once per key; conflicts come back with both values")
    @APIResponse(responseCode = "400", ref = CampusApi.INVALID)
    @APIResponse(responseCode = "409", ref = CampusApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CampusApi.TOO_LARGE)
    @POST
    @Path("lessons/{id}/saves")
    public SaveAnswer save(@PathParam("id") long lessonId, @NotNull @Valid QueuedSave body) {
        SaveOutcome outcome = attendance.submit(currentUser.actor(), lessonId, body.key(),
                body.changes().stream().map(QueuedChange::change).toList());
        var names = accounts.displayNames(outcome.conflicts().stream().map(SaveOutcome.Conflict::theirBy).toList());
        return new SaveAnswer(outcome.saved(), outcome.repeated(), outcome.conflicts().stream()
                .map(c -> new ConflictJson(c.enrollmentId(), c.learnerName(), c.mine(), c.myNote(), c.theirs(),
                        c.theirNote(), c.theirBy() == null ? null : names.getOrDefault(c.theirBy(), c.theirBy()),
                        c.theirAt(), c.theirVersion())).toList(), DeviceLesson.of(outcome.sheet()));
    }
}
