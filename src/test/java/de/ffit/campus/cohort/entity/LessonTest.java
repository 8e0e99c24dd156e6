package de.ffit.campus.cohort.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.ffit.campus.TestData;
import de.ffit.campus.course.entity.Course;
import de.ffit.campus.course.entity.GraduationRule;
import de.ffit.campus.organisation.entity.Location;
import de.ffit.campus.organisation.entity.LocationKind;
import de.ffit.campus.organisation.entity.Organisation;
import de.ffit.campus.platform.error.CampusException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which state changes a lesson allows: the one rule both the lesson list and the attendance sheet ask. */
class LessonTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private final Organisation augsburg = TestData.organisation(1, "Tür an Tür");
    private final Cohort cohort = new Cohort(augsburg,
            new Course(augsburg, "ffIT Basis", null, GraduationRule.DEFAULT, TestData.NOW),
            new Location(augsburg, "Raum 1", null, LocationKind.CLASSROOM), "Frühjahr", TestData.NOW);
    private final Lesson lesson = cohort.addLesson(MONDAY, LocalTime.of(9, 30), LocalTime.of(12, 0), null);

    private String refused(LessonState target, LocalDate today, long marks) {
        LessonState before = lesson.getState();
        CampusException e = assertThrows(CampusException.class, () -> lesson.changeState(target, today, marks));
        assertEquals(CampusException.Kind.CONFLICT, e.kind());
        assertEquals(before, lesson.getState(), "a refused change leaves the state as it was");
        return e.key();
    }

    @Test
    void aLessonIsHeldOnlyOnOrAfterItsDate() {
        assertEquals("error.attendance.future", refused(LessonState.HELD, MONDAY.minusDays(1), 0));
        lesson.changeState(LessonState.HELD, MONDAY, 0);
        assertEquals(LessonState.HELD, lesson.getState());
        lesson.changeState(LessonState.PLANNED, MONDAY, 0);
        lesson.changeState(LessonState.HELD, MONDAY.plusDays(3), 0);
        assertEquals(LessonState.HELD, lesson.getState());
    }

    @Test
    void aFutureLessonCanBeCancelledAndPlannedAgain() {
        lesson.changeState(LessonState.CANCELLED, MONDAY.minusDays(7), 0);
        assertEquals(LessonState.CANCELLED, lesson.getState());
        lesson.changeState(LessonState.PLANNED, MONDAY.minusDays(7), 0);
        assertEquals(LessonState.PLANNED, lesson.getState());
    }

    @Test
    void aLessonWithMarksStaysHeld() {
        lesson.changeState(LessonState.HELD, MONDAY, 0);
        for (LessonState target : List.of(LessonState.CANCELLED, LessonState.PLANNED, LessonState.HELD)) {
            CampusException e = assertThrows(CampusException.class,
                    () -> lesson.changeState(target, MONDAY, 3), target.name());
            assertEquals("error.lesson.hasAttendance", e.key());
            assertEquals(List.of(3L), List.of(e.args()), "the message names how many marks there are");
            assertEquals(LessonState.HELD, lesson.getState());
        }
    }

    @Test
    void aCancelledLessonIsNotHeldAndAHeldOneNotCancelledWithoutPlanningItAgain() {
        lesson.changeState(LessonState.CANCELLED, MONDAY, 0);
        assertEquals("error.lesson.cancelled", refused(LessonState.HELD, MONDAY, 0));
        lesson.changeState(LessonState.PLANNED, MONDAY, 0);
        lesson.changeState(LessonState.HELD, MONDAY, 0);
        assertEquals("error.lesson.alreadyHeld", refused(LessonState.CANCELLED, MONDAY, 0));
    }

    @Test
    void aStateIsRequired() {
        assertEquals("error.required", assertThrows(CampusException.class,
                () -> lesson.changeState(null, MONDAY, 0)).key());
    }
}
