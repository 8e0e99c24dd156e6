package de.ffit.campus.kiosk.control;

import de.ffit.campus.course.entity.ExcusedCounts;
import de.ffit.campus.course.entity.LateCounts;
import de.ffit.campus.progress.entity.CompletionState;
import de.ffit.campus.progress.entity.LearnerProgress;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/** Everything the kiosk shows a signed-in learner, and nothing of anyone else. */
public record MyProgress(String name, String nameOriginal, String language, List<Course> courses) {

    /** One course the learner is (or was) in. */
    public record Course(long enrollmentId, String courseTitle, String cohortName, LearnerProgress progress,
            Attendance attendance, List<Day> days, List<Module> modules, List<NextLesson> next,
            CertificateState certificate, boolean open) {

        /** what is still missing, in the learner's language */
        public List<String> missing(Locale locale) {
            return progress.missing().stream().map(m -> m.in(locale)).toList();
        }
    }

    /**
     * Attendance as the graduation rule counts it (the same figures the cohort's progress page shows): came to
     * {@code came} of the {@code counted} lessons that count (late ones included), the share in whole percent and the
     * minimum; how many were late and excused, and how the rule counts those.
     */
    public record Attendance(int came, int counted, int late, int excused, int percent, int minimumPercent,
            LateCounts lateCounts, ExcusedCounts excusedCounts) {

        /** no lesson held yet, or none that is theirs */
        public boolean isNone() {
            return counted == 0 && excused == 0;
        }
    }

    /** A lesson as a dot: came, came late, excused, missed, still to come. */
    public record Day(LocalDate date, Mark mark) {
    }

    public enum Mark {
        PRESENT,
        LATE,
        EXCUSED,
        ABSENT,
        PLANNED
    }

    public record Module(long id, String title, int done, List<Exercise> exercises) {
    }

    /** An exercise with its state for this learner: null when not done and not reported. */
    public record Exercise(long id, String title, boolean mandatory, CompletionState state) {

        public boolean isDone() {
            return state == CompletionState.CONFIRMED;
        }

        public boolean isWaiting() {
            return state == CompletionState.PENDING;
        }

        /** "I did this" is offered while it is neither done nor waiting for the trainer */
        public boolean isReportable() {
            return state == null || state == CompletionState.REJECTED;
        }
    }

    public record NextLesson(LocalDate date, LocalTime start, LocalTime end, String place, String address,
            String topic) {
    }

    /** the certificate: issued (serial, date), ready to be issued, or not yet */
    public record CertificateState(Kind kind, String serial, LocalDate issuedOn) {

        public enum Kind {
            ISSUED,
            READY,
            NOT_YET
        }
    }
}
