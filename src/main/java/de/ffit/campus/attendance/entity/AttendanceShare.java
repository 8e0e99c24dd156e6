package de.ffit.campus.attendance.entity;

import de.ffit.campus.cohort.entity.LessonState;
import de.ffit.campus.course.entity.GraduationRule;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * A learner's attendance in a cohort, computed from the lessons and the marks, never stored.
 *
 * <ul>
 *   <li>Only held lessons count. Cancelled lessons count for nobody; planned ones are "still to come".</li>
 *   <li>A lesson before the learner enrolled (or from the day they withdrew) does not count against them; if they
 *   were there anyway and it earns them full credit, it counts for them.</li>
 *   <li>LATE and EXCUSED count as the course's rule says; a held lesson without a mark counts as absent.</li>
 *   <li>The lessons still to come decide whether the minimum can still be reached.</li>
 * </ul>
 *
 * @param counted lessons in the denominator
 * @param credit attended lessons (late may count half)
 * @param remaining planned lessons still ahead for this learner
 */
public record AttendanceShare(int counted, double credit, int remaining, int minimumPercent) {

    /** One lesson of the cohort as far as attendance is concerned. */
    public record LessonFact(long lessonId, LocalDate date, LessonState state) {
    }

    public static AttendanceShare of(GraduationRule rule, Collection<LessonFact> lessons, LocalDate enrolledOn,
            LocalDate withdrawnOn, Map<Long, AttendanceStatus> marks) {
        int counted = 0;
        double credit = 0;
        int remaining = 0;
        for (LessonFact lesson : lessons) {
            boolean belongs = !lesson.date().isBefore(enrolledOn)
                    && (withdrawnOn == null || lesson.date().isBefore(withdrawnOn));
            if (lesson.state() == LessonState.CANCELLED) {
                continue;
            }
            if (lesson.state() == LessonState.PLANNED) {
                if (belongs) {
                    remaining++;
                }
                continue;
            }
            AttendanceStatus status = marks.getOrDefault(lesson.lessonId(), AttendanceStatus.ABSENT);
            Double value = credit(rule, status);
            // outside their enrolment a lesson only counts when it helps them: a full credit
            if (!belongs && (value == null || value < 1.0)) {
                continue;
            }
            if (value != null) {
                counted++;
                credit += value;
            }
        }
        return new AttendanceShare(counted, credit, remaining, rule.getMinAttendancePercent());
    }

    /**
     * How the learner's held lessons were marked, counted as {@link #of} counts them: every held lesson of their
     * enrolment, and one outside it only when it earns full credit. {@code came} includes the late ones; excused
     * lessons are counted whether the rule leaves them out of the share or not.
     */
    public record Tally(int came, int late, int excused, int missed) {
    }

    public static Tally tally(GraduationRule rule, Collection<LessonFact> lessons, LocalDate enrolledOn,
            LocalDate withdrawnOn, Map<Long, AttendanceStatus> marks) {
        int came = 0;
        int late = 0;
        int excused = 0;
        int missed = 0;
        for (LessonFact lesson : lessons) {
            if (lesson.state() != LessonState.HELD) {
                continue;
            }
            boolean belongs = !lesson.date().isBefore(enrolledOn)
                    && (withdrawnOn == null || lesson.date().isBefore(withdrawnOn));
            AttendanceStatus status = marks.getOrDefault(lesson.lessonId(), AttendanceStatus.ABSENT);
            Double value = credit(rule, status);
            if (!belongs && (value == null || value < 1.0)) {
                continue;
            }
            switch (status) {
                case PRESENT -> came++;
                case LATE -> {
                    came++;
                    late++;
                }
                case EXCUSED -> excused++;
                case ABSENT -> missed++;
            }
        }
        return new Tally(came, late, excused, missed);
    }

    /** The credit for one held lesson, or null when it is left out of the count (excused, not counted). */
    static Double credit(GraduationRule rule, AttendanceStatus status) {
        return switch (status) {
            case PRESENT -> 1.0;
            case ABSENT -> 0.0;
            case LATE -> switch (rule.getLateCounts()) {
                case AS_PRESENT -> 1.0;
                case AS_HALF -> 0.5;
                case AS_ABSENT -> 0.0;
            };
            case EXCUSED -> switch (rule.getExcusedCounts()) {
                case AS_PRESENT -> 1.0;
                case NOT_COUNTED -> null;
                case AS_ABSENT -> 0.0;
            };
        };
    }

    /** The share so far, 0 to 1; a learner without any counted lesson has missed nothing. */
    public double share() {
        return counted == 0 ? 1.0 : credit / counted;
    }

    /** The share if they attend every lesson left. */
    public double bestReachable() {
        int total = counted + remaining;
        return total == 0 ? 1.0 : (credit + remaining) / total;
    }

    /** The share in whole percent, rounded down (74.9 % is not yet 75 %). */
    public int percent() {
        return (int) Math.floor(share() * 100 + 1e-9);
    }

    public Standing standing() {
        double minimum = minimumPercent / 100.0 - 1e-9;
        if (share() >= minimum) {
            return Standing.ON_TRACK;
        }
        return bestReachable() >= minimum ? Standing.AT_RISK : Standing.CANNOT_REACH;
    }

    /** How many of the lessons left they may still miss and reach the minimum (0 when at risk or worse). */
    public int lessonsToSpare() {
        int spare = 0;
        while (spare < remaining
                && (credit + remaining - spare - 1) / (counted + remaining) >= minimumPercent / 100.0 - 1e-9) {
            spare++;
        }
        return spare;
    }
}
