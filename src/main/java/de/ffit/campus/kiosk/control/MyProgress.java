package de.ffit.campus.kiosk.control;

import de.ffit.campus.platform.i18n.LocalizedText;
import de.ffit.campus.platform.i18n.Messages;
import de.ffit.campus.course.entity.ExcusedCounts;
import de.ffit.campus.course.entity.LateCounts;
import de.ffit.campus.progress.entity.CompletionState;
import de.ffit.campus.progress.entity.LearnerProgress;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything the kiosk shows a signed-in learner, and nothing of anyone else. Course content (course, module and
 * exercise titles, lesson topics) is in the page's language where a volunteer translated it, else in the language
 * it fell back to, which the page marks with {@code lang}.
 */
public record MyProgress(String name, String nameOriginal, String language, List<Course> courses) {

    /** One course the learner is (or was) in. */
    public record Course(long enrollmentId, LocalizedText courseTitle, String cohortName, LearnerProgress progress,
            Attendance attendance, List<Day> days, List<Module> modules, List<NextLesson> next,
            CertificateState certificate, boolean open, List<Missing> missing) {

        /** what is still missing, each line a sentence in the page's language around the title it names */
        public List<Line> missing(Locale locale) {
            return missing.stream().map(m -> m.in(locale)).toList();
        }
    }

    /**
     * One thing still missing: a message key, its arguments and, for an exercise, its title as the learner reads
     * it (the message's first argument).
     */
    public record Missing(String key, List<Object> args, LocalizedText title) {

        /** stands for the title while the sentence is formatted; a character no message or title carries */
        private static final String TITLE = "\uE000";

        public Line in(Locale locale) {
            if (title == null) {
                return new Line(Messages.text(locale, key, args.toArray()), null, "");
            }
            List<Object> withTitle = new ArrayList<>(args);
            withTitle.set(0, TITLE);
            String sentence = Messages.text(locale, key, withTitle.toArray());
            int at = sentence.indexOf(TITLE);
            return at < 0 ? new Line(sentence, null, "")
                    : new Line(sentence.substring(0, at), title, sentence.substring(at + TITLE.length()));
        }
    }

    /**
     * A sentence as the page writes it: {@code before}, the title (in an element with its own language, isolated,
     * as it may be in another language and direction than the sentence), {@code after}.
     */
    public record Line(String before, LocalizedText title, String after) {

        @Override
        public String toString() {
            return before + (title == null ? "" : title.text()) + after;
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

    public record Module(long id, LocalizedText title, int done, List<Exercise> exercises) {
    }

    /** An exercise with its state for this learner: null when not done and not reported. */
    public record Exercise(long id, LocalizedText title, boolean mandatory, CompletionState state) {

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
            LocalizedText topic) {
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
