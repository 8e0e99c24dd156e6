package de.ffit.campus.attendance.boundary;

import de.ffit.campus.account.control.Accounts;
import de.ffit.campus.attendance.control.Attendance;
import de.ffit.campus.attendance.control.AttendanceSheet;
import de.ffit.campus.attendance.control.Change;
import de.ffit.campus.attendance.control.LessonStates;
import de.ffit.campus.attendance.control.SaveOutcome;
import de.ffit.campus.attendance.entity.AttendanceStatus;
import de.ffit.campus.cohort.entity.LessonState;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.primefaces.PrimeFaces;

/**
 * Taking attendance for one lesson: every learner with four big choices and an optional note, one save. The
 * page remembers what it was loaded with, so that a save writes only what this trainer changed and a colleague's
 * marks meanwhile are merged, or shown side by side when both changed the same learner.
 */
@Named
@ViewScoped
public class TakeAttendancePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    CurrentUser currentUser;

    @Inject
    Attendance attendance;

    @Inject
    LessonStates lessonStates;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    private String lesson;
    private Long lessonId;
    private Heading heading;
    private List<Row> rows = new ArrayList<>();
    private List<SaveOutcome.Conflict> conflicts = new ArrayList<>();
    private boolean showHistory;
    private transient List<HistoryLine> history;
    private transient Map<String, String> labels;

    /** What the page shows above the list. */
    public record Heading(long cohortId, String cohortName, String locationName, LocalDate date,
            LocalTime start, LocalTime end, String topic, LessonState state)
            implements Serializable {
    }

    /** One learner's row: what the trainer sets, and what it was when loaded. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long enrollmentId;
        private final String name;
        private final String nameOriginal;
        private final String language;
        private final boolean enrolledLater;
        private AttendanceStatus status;
        private String note;
        private AttendanceStatus baseStatus;
        private String baseNote;
        private Long baseVersion;
        private String recordedBy;
        private LocalDateTime recordedAt;

        Row(AttendanceSheet.Row r) {
            this.enrollmentId = r.enrollmentId();
            this.name = r.name();
            this.nameOriginal = r.nameOriginal();
            this.language = r.language();
            this.enrolledLater = r.enrolledLater();
            loaded(r);
        }

        void loaded(AttendanceSheet.Row r) {
            status = r.status();
            note = r.note();
            baseStatus = r.status();
            baseNote = r.note();
            baseVersion = r.recordVersion();
            recordedBy = r.recordedBy();
            recordedAt = r.recordedAt();
        }

        Change change() {
            return new Change(enrollmentId, status, note, baseStatus, baseNote, baseVersion);
        }

        public long getEnrollmentId() {
            return enrollmentId;
        }

        public String getName() {
            return name;
        }

        public String getNameOriginal() {
            return nameOriginal;
        }

        public String getLanguage() {
            return language;
        }

        public boolean isEnrolledLater() {
            return enrolledLater;
        }

        public AttendanceStatus getStatus() {
            return status;
        }

        public void setStatus(AttendanceStatus status) {
            this.status = status;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        /** what the row showed when loaded: the page keeps it, to tell its own changes from a colleague's */
        public AttendanceStatus getBaseStatus() {
            return baseStatus;
        }

        public String getBaseNote() {
            return baseNote;
        }

        public String getRecordedBy() {
            return recordedBy;
        }

        public LocalDateTime getRecordedAt() {
            return recordedAt;
        }

        /** the stored mark's version the row is based on (empty: none): the script sends it with a change */
        public Long getBaseVersion() {
            return baseVersion;
        }
    }

    public void load() {
        try {
            show(attendance.sheet(currentUser.actor(), Pages.id(lesson)));
        } catch (CampusException notFound) {
            Pages.notFound();
        }
    }

    private void show(AttendanceSheet sheet) {
        lessonId = sheet.lessonId();
        heading = new Heading(sheet.cohortId(), sheet.cohortName(), sheet.locationName(), sheet.date(), sheet.start(),
                sheet.end(), sheet.topic(), sheet.state());
        rows = new ArrayList<>(sheet.rows().stream().map(Row::new).toList());
    }

    public void save() {
        readMarks();
        List<String> noteOnly = rows.stream().filter(r -> r.status == null && r.note != null).map(r -> r.name)
                .toList();
        if (!noteOnly.isEmpty()) {
            Pages.error(null, "attendance.noteWithoutStatus", String.join(", ", noteOnly));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        SaveOutcome outcome = Pages.attempt(() -> attendance.save(currentUser.actor(), lessonId,
                rows.stream().map(Row::change).toList()));
        if (outcome == null) {
            return;
        }
        if (outcome.hasConflicts()) {
            // what clashed with nobody is saved; the rows to decide keep the trainer's value until decided
            Map<Long, Row> mine = new HashMap<>();
            rows.forEach(r -> mine.put(r.enrollmentId, r));
            show(outcome.sheet());
            history = null;
            // the colleague by the name people know them by
            var names = accounts.displayNames(outcome.conflicts().stream().map(SaveOutcome.Conflict::theirBy).toList());
            conflicts = new ArrayList<>(outcome.conflicts().stream().map(c -> new SaveOutcome.Conflict(c.enrollmentId(),
                    c.learnerName(), c.mine(), c.myNote(), c.theirs(), c.theirNote(),
                    c.theirBy() == null ? null : names.getOrDefault(c.theirBy(), c.theirBy()), c.theirAt(),
                    c.theirVersion())).toList());
            for (SaveOutcome.Conflict c : conflicts) {
                rows.stream().filter(r -> r.enrollmentId == c.enrollmentId()).findFirst().ifPresent(r -> {
                    Row before = mine.get(c.enrollmentId());
                    r.status = before == null ? c.mine() : before.status;
                    r.note = before == null ? c.myNote() : before.note;
                    r.baseStatus = before == null ? r.baseStatus : before.baseStatus;
                    r.baseNote = before == null ? r.baseNote : before.baseNote;
                    r.baseVersion = before == null ? r.baseVersion : before.baseVersion;
                });
            }
            PrimeFaces.current().ajax().update("sheet", "heading", "history");
            if (outcome.saved() > 0) {
                Pages.info("attendance.saved", outcome.saved());
            }
            Pages.error(null, "attendance.conflicts", conflicts.size());
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        boolean sameLearners = outcome.sheet().rows().stream().map(AttendanceSheet.Row::enrollmentId).toList()
                .equals(rows.stream().map(Row::getEnrollmentId).toList());
        boolean hadConflicts = !conflicts.isEmpty();
        conflicts = new ArrayList<>();
        show(outcome.sheet());
        history = null;
        // The page must show what is stored now (the trainer's marks and, merged in, a colleague's on other
        // learners), or the next save from it would send a stale value as if the trainer had set it. Redrawing
        // the whole list costs as much as loading the page; the stored marks as data are enough for the script.
        var ajax = PrimeFaces.current().ajax();
        ajax.update("heading", "history");
        if (sameLearners && !hadConflicts) {
            ajax.addCallbackParam("stored", storedMarks());
        } else {
            ajax.update("sheet");
        }
        Pages.info(outcome.saved() == 0 ? "attendance.unchanged" : "attendance.saved", outcome.saved());
    }

    /** {@code {"<enrollment>": {"s": "LATE", "n": "note"}}} for the page's script. */
    private String storedMarks() {
        var json = JSON.createObjectBuilder();
        for (Row row : rows) {
            var mark = JSON.createObjectBuilder();
            if (row.status != null) {
                mark.add("s", row.status.name());
            }
            mark.add("n", row.note == null ? "" : row.note);
            json.add(String.valueOf(row.enrollmentId), mark);
        }
        return json.build().toString();
    }

    /** Takes the marks from the plain inputs of the list: {@code s<enrollment>} and {@code n<enrollment>}. */
    private void readMarks() {
        Map<String, String> sent = FacesContext.getCurrentInstance()
                .getExternalContext().getRequestParameterMap();
        for (Row row : rows) {
            String status = sent.get("s" + row.enrollmentId);
            if (status != null) {
                row.status = Arrays.stream(AttendanceStatus.values())
                        .filter(s -> s.name().equals(status)).findFirst().orElse(row.status);
            }
            if (sent.containsKey("n" + row.enrollmentId)) {
                String note = sent.get("n" + row.enrollmentId);
                row.note = note == null || note.isBlank() ? null : note;
            }
        }
    }

    /** The trainer's value wins: the row is now based on the colleague's version, and the next save writes it. */
    public void keepMine(long enrollmentId) {
        resolve(enrollmentId, true);
    }

    /** The colleague's value wins: the row shows it, as if loaded now. */
    public void takeTheirs(long enrollmentId) {
        resolve(enrollmentId, false);
    }

    private void resolve(long enrollmentId, boolean mine) {
        readMarks();
        SaveOutcome.Conflict conflict = conflicts.stream().filter(c -> c.enrollmentId() == enrollmentId).findFirst()
                .orElse(null);
        Row row = rows.stream().filter(r -> r.enrollmentId == enrollmentId).findFirst().orElse(null);
        if (conflict == null || row == null) {
            return;
        }
        row.baseStatus = conflict.theirs();
        row.baseNote = conflict.theirNote();
        row.baseVersion = conflict.theirVersion();
        row.recordedBy = conflict.theirBy();
        row.recordedAt = conflict.theirAt();
        if (!mine) {
            row.status = conflict.theirs();
            row.note = conflict.theirNote();
        }
        conflicts.remove(conflict);
        if (conflicts.isEmpty()) {
            Pages.info("attendance.decided");
        }
    }

    public void cancelLesson() {
        AttendanceSheet sheet = Pages.attempt(() -> lessonStates.change(currentUser.actor(), lessonId,
                LessonState.CANCELLED));
        if (sheet != null) {
            show(sheet);
            history = null;
            Pages.info("attendance.lessonCancelled");
        }
    }

    public void replan() {
        AttendanceSheet sheet = Pages.attempt(() -> lessonStates.change(currentUser.actor(), lessonId,
                LessonState.PLANNED));
        if (sheet != null) {
            show(sheet);
            history = null;
        }
    }

    /** The lesson's history, newest first: loaded only when the trainer opens it. */
    public List<HistoryLine> getHistory() {
        if (history == null && lessonId != null) {
            var events = attendance.history(currentUser.actor(), lessonId);
            // the history names the person ("Maria Schneider"), not the account ("trainer2")
            var names = accounts.displayNames(events.stream().map(e -> e.getActor()).toList());
            history = events.stream().map(e -> HistoryLine.of(e, clock.getZone()))
                    .map(line -> line.by(names.getOrDefault(line.by(), line.by()))).toList();
        }
        return history;
    }

    public void showHistory() {
        showHistory = true;
        history = null;
    }

    public boolean isShowHistory() {
        return showHistory;
    }

    /** The lesson's sign-in sheet to print, with everyone who belongs to the lesson. */
    public void downloadSheet() throws IOException {
        AttendanceSheet sheet = attendance.sheet(currentUser.actor(), lessonId);
        Faces.sendFile(Downloads.signInSheet(sheet, Pages.locale(), LocalDate.now(clock)),
                "sign-in-sheet-" + sheet.date() + ".pdf", false);
    }

    /** The texts the list repeats for every learner, looked up once per request. */
    public Map<String, String> getLabels() {
        if (labels == null) {
            Map<String, String> texts = new HashMap<>();
            for (AttendanceStatus status : AttendanceStatus.values()) {
                texts.put(status.name(), Pages.text("attendanceStatus." + status));
            }
            texts.put("note", Pages.text("attendance.note"));
            texts.put("noteFor", Pages.text("attendance.noteFor"));
            labels = texts;
        }
        return labels;
    }

    public boolean isCancelled() {
        return heading != null && heading.state() == LessonState.CANCELLED;
    }

    public boolean isTakeable() {
        return heading != null && !isCancelled()
                && !heading.date().isAfter(LocalDate.now(clock));
    }

    public long getMarked() {
        return rows.stream().filter(r -> r.status != null).count();
    }

    public String getLesson() {
        return lesson;
    }

    public void setLesson(String lesson) {
        this.lesson = lesson;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public Heading getHeading() {
        return heading;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<SaveOutcome.Conflict> getConflicts() {
        return conflicts;
    }
}
