package de.ffit.campus.progress.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.attendance.entity.AttendanceShare;
import de.ffit.campus.attendance.entity.AttendanceShare.LessonFact;
import de.ffit.campus.attendance.entity.AttendanceStatus;
import de.ffit.campus.cohort.entity.EnrollmentStatus;
import de.ffit.campus.cohort.entity.LessonState;
import de.ffit.campus.course.entity.ExcusedCounts;
import de.ffit.campus.course.entity.GraduationRule;
import de.ffit.campus.course.entity.LateCounts;
import de.ffit.campus.progress.entity.LearnerProgress.Missing;
import de.ffit.campus.progress.entity.LearnerProgress.PlannedExercise;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearnerProgressTest {

    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final GraduationRule RULE = new GraduationRule(75, LateCounts.AS_PRESENT, ExcusedCounts.NOT_COUNTED, 60);

    /** 5 exercises in 2 modules; "E-Mail mit Anhang" (3) and "Passwörter" (5) are mandatory. */
    static final List<PlannedExercise> EXERCISES = List.of(
            new PlannedExercise(1, "Maus", 10, "Computer", false, Set.of("5.1")),
            new PlannedExercise(2, "Dateien", 10, "Computer", false, Set.of("1.3")),
            new PlannedExercise(3, "E-Mail mit Anhang", 20, "Internet", true, Set.of("2.1", "2.2")),
            new PlannedExercise(4, "Suchen", 20, "Internet", false, Set.of("1.1")),
            new PlannedExercise(5, "Passwörter", 20, "Internet", true, Set.of("4.1")));

    static List<LessonFact> lessons(int held, int planned) {
        List<LessonFact> lessons = new ArrayList<>();
        for (int i = 0; i < held + planned; i++) {
            lessons.add(new LessonFact(i + 1, START.plusDays(i), i < held ? LessonState.HELD : LessonState.PLANNED));
        }
        return lessons;
    }

    static Map<Long, AttendanceStatus> present(int lessons) {
        Map<Long, AttendanceStatus> marks = new HashMap<>();
        for (long i = 1; i <= lessons; i++) {
            marks.put(i, AttendanceStatus.PRESENT);
        }
        return marks;
    }

    static Map<Long, CompletionState> confirmed(long... ids) {
        Map<Long, CompletionState> done = new HashMap<>();
        for (long id : ids) {
            done.put(id, CompletionState.CONFIRMED);
        }
        return done;
    }

    static LearnerProgress progress(AttendanceShare attendance, Map<Long, CompletionState> done,
            EnrollmentStatus status, boolean lessonsLeft) {
        return LearnerProgress.of(RULE, EXERCISES, done, attendance, status, lessonsLeft);
    }

    @Test
    void beforeTheFirstLessonNobodyIsBehindButTheExercisesAreStillToDo() {
        AttendanceShare none = AttendanceShare.of(RULE, lessons(0, 8), START, null, Map.of());
        LearnerProgress p = progress(none, Map.of(), EnrollmentStatus.ENROLLED, true);
        assertEquals(ProgressStatus.ON_TRACK, p.status());
        // 6 of the 8 lessons give the 75 % the rule asks for
        assertEquals(List.of(new Missing("missing.lessons", List.of(6)),
                new Missing("missing.exercise", List.of("E-Mail mit Anhang"), 3L),
                new Missing("missing.exercise", List.of("Passwörter"), 5L), new Missing("missing.exercises", List.of(3))),
                p.missing());
    }

    @Test
    void allMandatoryAndEnoughExercisesAndAttendanceMakeEligible() {
        AttendanceShare full = AttendanceShare.of(RULE, lessons(4, 0), START, null, present(4));
        LearnerProgress p = progress(full, confirmed(1, 3, 5), EnrollmentStatus.ENROLLED, false);
        assertEquals(ProgressStatus.ELIGIBLE, p.status());
        assertTrue(p.missing().isEmpty());
        assertEquals(3, p.done());
        assertEquals(60, p.exercisePercent());
        assertEquals(Set.of("2.1", "2.2", "4.1", "5.1"), p.competences());
        assertEquals(List.of(new LearnerProgress.ModuleProgress(10, "Computer", 1, 2),
                new LearnerProgress.ModuleProgress(20, "Internet", 2, 3)), p.modules());
    }

    @Test
    void everythingExcusedCountsNeitherForNorAgainstThemButACertificateNeedsOneLessonAttended() {
        Map<Long, AttendanceStatus> excused = new HashMap<>();
        for (long i = 1; i <= 4; i++) {
            excused.put(i, AttendanceStatus.EXCUSED);
        }
        AttendanceShare share = AttendanceShare.of(RULE, lessons(4, 2), START, null, excused);
        assertEquals(0, share.counted());
        LearnerProgress p = progress(share, confirmed(1, 3, 5), EnrollmentStatus.ENROLLED, true);
        assertEquals(ProgressStatus.ON_TRACK, p.status(), "not behind: two lessons left");
        assertEquals(List.of(new Missing("missing.lessons", List.of(2))), p.missing());

        AttendanceShare over = AttendanceShare.of(RULE, lessons(4, 0), START, null, excused);
        LearnerProgress ended = progress(over, confirmed(1, 3, 5), EnrollmentStatus.ENROLLED, false);
        assertEquals(ProgressStatus.AT_RISK, ended.status(), "no lesson attended, none left: no certificate");
        assertEquals(List.of(new Missing("missing.attendanceUnreachable", List.of())), ended.missing());
    }

    @Test
    void missingLessonsAreCountedInLessonsToAttendOfThoseLeft() {
        // 2 of 4 so far; 4 lessons left: 8 at the end, 75 % = 6 attended, so 4 more
        Map<Long, AttendanceStatus> half = present(2);
        half.put(3L, AttendanceStatus.ABSENT);
        half.put(4L, AttendanceStatus.ABSENT);
        AttendanceShare share = AttendanceShare.of(RULE, lessons(4, 4), START, null, half);
        LearnerProgress p = progress(share, confirmed(1, 3, 5), EnrollmentStatus.ENROLLED, true);
        assertEquals(new Missing("missing.lessons", List.of(4)), p.missing().get(0));
        assertEquals(ProgressStatus.AT_RISK, p.status());
    }

    @Test
    void whenTheLessonsLeftCannotLiftThemItSaysSo() {
        AttendanceShare share = AttendanceShare.of(RULE, lessons(6, 1), START, null, present(2));
        LearnerProgress p = progress(share, confirmed(1, 3, 5), EnrollmentStatus.ENROLLED, true);
        assertEquals(new Missing("missing.attendanceUnreachable", List.of()), p.missing().get(0));
        assertEquals(ProgressStatus.AT_RISK, p.status());
    }

    @Test
    void cancelledLessonsAndLateEnrolmentDoNotCountAgainstThem() {
        List<LessonFact> lessons = new ArrayList<>(lessons(4, 0));
        lessons.set(3, new LessonFact(4, START.plusDays(3), LessonState.CANCELLED));
        AttendanceShare share = AttendanceShare.of(RULE, lessons, START.plusDays(1), null,
                Map.of(2L, AttendanceStatus.PRESENT, 3L, AttendanceStatus.PRESENT));
        assertEquals(2, share.counted(), "lesson 1 before enrolment, lesson 4 cancelled");
        assertEquals(ProgressStatus.ELIGIBLE, progress(share, confirmed(1, 3, 5), EnrollmentStatus.ENROLLED, false)
                .status());
    }

    @Test
    void pendingReportsDoNotCountUntilConfirmed() {
        AttendanceShare full = AttendanceShare.of(RULE, lessons(4, 0), START, null, present(4));
        Map<Long, CompletionState> reported = confirmed(1, 3);
        reported.put(5L, CompletionState.PENDING);
        LearnerProgress p = progress(full, reported, EnrollmentStatus.ENROLLED, false);
        assertEquals(1, p.pending());
        assertEquals(2, p.done());
        assertTrue(p.missing().contains(new Missing("missing.exercise", List.of("Passwörter"), 5L)),
                "the exercise named by its id, so the kiosk can say it is waiting for the trainer");
        assertEquals(ProgressStatus.AT_RISK, p.status(), "no lessons left and a mandatory exercise missing");
    }

    @Test
    void withdrawnAndGraduatedLearnersKeepThatStatus() {
        AttendanceShare full = AttendanceShare.of(RULE, lessons(4, 0), START, null, present(4));
        assertEquals(ProgressStatus.WITHDRAWN, progress(full, Map.of(), EnrollmentStatus.WITHDRAWN, true).status());
        assertEquals(ProgressStatus.GRADUATED, progress(full, Map.of(), EnrollmentStatus.GRADUATED, false).status());
    }
}
