package de.ffit.campus.attendance.entity;

import static de.ffit.campus.attendance.entity.AttendanceStatus.ABSENT;
import static de.ffit.campus.attendance.entity.AttendanceStatus.EXCUSED;
import static de.ffit.campus.attendance.entity.AttendanceStatus.LATE;
import static de.ffit.campus.attendance.entity.AttendanceStatus.PRESENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.ffit.campus.attendance.entity.AttendanceShare.LessonFact;
import de.ffit.campus.cohort.entity.LessonState;
import de.ffit.campus.course.entity.ExcusedCounts;
import de.ffit.campus.course.entity.GraduationRule;
import de.ffit.campus.course.entity.LateCounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttendanceShareTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final GraduationRule USUAL = new GraduationRule(75, LateCounts.AS_PRESENT, ExcusedCounts.NOT_COUNTED, 60);

    /** {@code held} held lessons then {@code planned} planned ones, one a day from START; ids from 1. */
    private static List<LessonFact> lessons(int held, int planned) {
        List<LessonFact> lessons = new ArrayList<>();
        for (int i = 0; i < held + planned; i++) {
            lessons.add(new LessonFact(i + 1, START.plusDays(i), i < held ? LessonState.HELD : LessonState.PLANNED));
        }
        return lessons;
    }

    private static Map<Long, AttendanceStatus> marks(AttendanceStatus... statuses) {
        Map<Long, AttendanceStatus> marks = new HashMap<>();
        for (int i = 0; i < statuses.length; i++) {
            if (statuses[i] != null) {
                marks.put((long) i + 1, statuses[i]);
            }
        }
        return marks;
    }

    @Test
    void presentEverywhereIsAHundredPercentAndOnTrack() {
        AttendanceShare share = AttendanceShare.of(USUAL, lessons(4, 4), START, null,
                marks(PRESENT, PRESENT, PRESENT, PRESENT));
        assertEquals(100, share.percent());
        assertEquals(Standing.ON_TRACK, share.standing());
        assertEquals(4, share.remaining());
        assertEquals(2, share.lessonsToSpare(), "8 lessons, 75 %: two may still be missed");
    }

    @Test
    void lateCountsAsTheRuleSays() {
        Map<Long, AttendanceStatus> marks = marks(PRESENT, LATE, LATE, ABSENT);
        assertEquals(75, AttendanceShare.of(USUAL, lessons(4, 0), START, null, marks).percent());
        GraduationRule half = new GraduationRule(75, LateCounts.AS_HALF, ExcusedCounts.NOT_COUNTED, 60);
        assertEquals(50, AttendanceShare.of(half, lessons(4, 0), START, null, marks).percent());
        GraduationRule absent = new GraduationRule(75, LateCounts.AS_ABSENT, ExcusedCounts.NOT_COUNTED, 60);
        assertEquals(25, AttendanceShare.of(absent, lessons(4, 0), START, null, marks).percent());
    }

    @Test
    void excusedCountsAsTheRuleSays() {
        Map<Long, AttendanceStatus> marks = marks(PRESENT, EXCUSED, EXCUSED, PRESENT);
        AttendanceShare notCounted = AttendanceShare.of(USUAL, lessons(4, 0), START, null, marks);
        assertEquals(2, notCounted.counted());
        assertEquals(100, notCounted.percent());
        GraduationRule asPresent = new GraduationRule(75, LateCounts.AS_PRESENT, ExcusedCounts.AS_PRESENT, 60);
        assertEquals(100, AttendanceShare.of(asPresent, lessons(4, 0), START, null, marks).percent());
        GraduationRule asAbsent = new GraduationRule(75, LateCounts.AS_PRESENT, ExcusedCounts.AS_ABSENT, 60);
        assertEquals(50, AttendanceShare.of(asAbsent, lessons(4, 0), START, null, marks).percent());
    }

    @Test
    void cancelledLessonsCountForNobodyAndUnmarkedHeldOnesCountAsAbsent() {
        List<LessonFact> lessons = new ArrayList<>(lessons(4, 0));
        lessons.set(1, new LessonFact(2, START.plusDays(1), LessonState.CANCELLED));
        AttendanceShare share = AttendanceShare.of(USUAL, lessons, START, null, marks(PRESENT, null, PRESENT, null));
        assertEquals(3, share.counted());
        assertEquals(66, share.percent(), "2 of 3: rounded down");
    }

    @Test
    void lessonsBeforeEnrolmentDoNotCountAgainstALateJoinerButCountIfTheyCameAnyway() {
        LocalDate joined = START.plusDays(2);
        AttendanceShare absentBefore = AttendanceShare.of(USUAL, lessons(4, 0), joined, null,
                marks(ABSENT, null, PRESENT, PRESENT));
        assertEquals(2, absentBefore.counted());
        assertEquals(100, absentBefore.percent());
        AttendanceShare cameBefore = AttendanceShare.of(USUAL, lessons(4, 0), joined, null,
                marks(PRESENT, null, PRESENT, ABSENT));
        assertEquals(3, cameBefore.counted());
        assertEquals(66, cameBefore.percent());
    }

    @Test
    void comingLateBeforeEnrolmentNeverCountsAgainstTheLearner() {
        LocalDate joined = START.plusDays(1);
        GraduationRule strict = new GraduationRule(85, LateCounts.AS_ABSENT, ExcusedCounts.NOT_COUNTED, 60);
        AttendanceShare lateBefore = AttendanceShare.of(strict, lessons(5, 0), joined, null,
                marks(LATE, PRESENT, PRESENT, PRESENT, PRESENT));
        AttendanceShare absentBefore = AttendanceShare.of(strict, lessons(5, 0), joined, null,
                marks(ABSENT, PRESENT, PRESENT, PRESENT, PRESENT));
        assertEquals(100, lateBefore.percent());
        assertEquals(absentBefore.percent(), lateBefore.percent(), "late before joining is no worse than absent");
        GraduationRule half = new GraduationRule(85, LateCounts.AS_HALF, ExcusedCounts.NOT_COUNTED, 60);
        assertEquals(Standing.ON_TRACK, AttendanceShare.of(half, lessons(5, 0), joined, null,
                marks(LATE, PRESENT, PRESENT, PRESENT, PRESENT)).standing());
    }

    @Test
    void aWithdrawnLearnerHasNoLessonsLeftAndLaterOnesDoNotCount() {
        AttendanceShare share = AttendanceShare.of(USUAL, lessons(4, 4), START, START.plusDays(2),
                marks(PRESENT, ABSENT, null, null));
        assertEquals(2, share.counted());
        assertEquals(0, share.remaining());
        assertEquals(Standing.CANNOT_REACH, share.standing());
    }

    @Test
    void reachabilityLooksAtTheLessonsLeft() {
        // 2 of 4 so far (50 %), 4 left: 6 of 8 = 75 % is still possible
        AttendanceShare atRisk = AttendanceShare.of(USUAL, lessons(4, 4), START, null,
                marks(PRESENT, ABSENT, PRESENT, ABSENT));
        assertEquals(Standing.AT_RISK, atRisk.standing());
        assertEquals(0, atRisk.lessonsToSpare());
        // 1 of 4 so far, 4 left: at best 5 of 8 = 62 %
        AttendanceShare lost = AttendanceShare.of(USUAL, lessons(4, 4), START, null,
                marks(PRESENT, ABSENT, ABSENT, ABSENT));
        assertEquals(Standing.CANNOT_REACH, lost.standing());
    }

    @Test
    void nobodyIsBehindBeforeTheFirstLesson() {
        AttendanceShare share = AttendanceShare.of(USUAL, lessons(0, 8), START, null, Map.of());
        assertEquals(100, share.percent());
        assertEquals(Standing.ON_TRACK, share.standing());
        assertEquals(2, share.lessonsToSpare());
    }

    @Test
    void theTallyCountsTheLessonsTheShareCounts() {
        GraduationRule half = new GraduationRule(75, LateCounts.AS_HALF, ExcusedCounts.NOT_COUNTED, 60);
        // a lesson before the enrolment counts only when it earns full credit: the first (present) does, the
        // second (late, half) does not
        Map<Long, AttendanceStatus> marks = marks(PRESENT, LATE, PRESENT, LATE, EXCUSED, ABSENT, null, PRESENT);
        List<LessonFact> lessons = lessons(8, 2);
        LocalDate enrolled = START.plusDays(2);
        AttendanceShare share = AttendanceShare.of(half, lessons, enrolled, null, marks);
        AttendanceShare.Tally tally = AttendanceShare.tally(half, lessons, enrolled, null, marks);
        assertEquals(new AttendanceShare.Tally(4, 1, 1, 2), tally);
        assertEquals(6, share.counted(), "7 of theirs and one before, less the excused one");
        assertEquals(share.counted(), tally.came() + tally.missed());
        assertEquals(3.5, share.credit(), 1e-9);
    }
}
