package de.ffit.campus.cohort.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.TestData;
import de.ffit.campus.course.entity.Course;
import de.ffit.campus.course.entity.GraduationRule;
import de.ffit.campus.learner.entity.Learner;
import de.ffit.campus.learner.entity.LearnerCode;
import de.ffit.campus.learner.entity.LearnerDetails;
import de.ffit.campus.organisation.entity.Location;
import de.ffit.campus.organisation.entity.LocationKind;
import de.ffit.campus.organisation.entity.Organisation;
import de.ffit.campus.platform.error.CampusException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CohortTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private final Organisation augsburg = TestData.organisation(1, "Tür an Tür");
    private final Organisation elsewhere = TestData.organisation(2, "Elsewhere");
    private final Course course = new Course(augsburg, "ffIT Basis", null, GraduationRule.DEFAULT, TestData.NOW);
    private final Location room = new Location(augsburg, "Raum 1", null, LocationKind.CLASSROOM);
    private final Cohort cohort = new Cohort(augsburg, course, room, "Frühjahr", TestData.NOW);

    private WeeklySchedule fourWeeks() {
        return new WeeklySchedule(MONDAY, MONDAY.plusDays(27), Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                LocalTime.of(9, 30), LocalTime.of(12, 0));
    }

    private Learner learner(Organisation organisation, String name) {
        return TestData.withId(new Learner(organisation, LearnerCode.random(),
                new LearnerDetails(name, null, "ar", null, true), MONDAY, TestData.NOW), name.hashCode());
    }

    @Test
    void aCohortNeedsCourseAndLocationOfItsOwnOrganisation() {
        Location foreign = new Location(elsewhere, "Fremd", null, LocationKind.OTHER);
        CampusException e = assertThrows(CampusException.class, () -> cohort.moveTo(foreign));
        assertEquals(CampusException.Kind.NOT_FOUND, e.kind());
        Course foreignCourse = new Course(elsewhere, "Other", null, GraduationRule.DEFAULT, TestData.NOW);
        assertThrows(CampusException.class, () -> new Cohort(augsburg, foreignCourse, room, "X", TestData.NOW));
    }

    @Test
    void planningTwiceDoesNotDoubleLessonsAndKeepsThemInOrder() {
        List<Lesson> first = cohort.planLessons(fourWeeks(), "Start");
        assertEquals(8, first.size());
        List<Lesson> again = cohort.planLessons(fourWeeks(), null);
        assertTrue(again.isEmpty());
        cohort.addLesson(MONDAY.plusDays(1), LocalTime.of(17, 0), LocalTime.of(19, 0), null);
        assertEquals(MONDAY.plusDays(1), cohort.getLessons().get(1).getDate());
        assertEquals(MONDAY, cohort.getFirstDay().orElseThrow());
        assertEquals(MONDAY.plusDays(23), cohort.getLastDay().orElseThrow());
    }

    @Test
    void twoLessonsCannotStartAtTheSameTimeOnTheSameDay() {
        cohort.addLesson(MONDAY, LocalTime.of(9, 30), LocalTime.of(12, 0), null);
        CampusException e = assertThrows(CampusException.class,
                () -> cohort.addLesson(MONDAY, LocalTime.of(9, 30), LocalTime.of(11, 0), null));
        assertEquals("error.duplicate.lesson", e.key());
        Lesson later = cohort.addLesson(MONDAY, LocalTime.of(13, 0), LocalTime.of(15, 0), null);
        assertThrows(CampusException.class,
                () -> cohort.rescheduleLesson(later, MONDAY, LocalTime.of(9, 30), LocalTime.of(12, 0)));
    }

    @Test
    void theLessonLifecycleKeepsHeldLessonsAndCancelledOnesOutOfTheWay() {
        Lesson lesson = cohort.addLesson(MONDAY, LocalTime.of(9, 30), LocalTime.of(12, 0), null);
        lesson.cancel();
        assertEquals(LessonState.CANCELLED, lesson.getState());
        assertEquals("error.lesson.cancelled", assertThrows(CampusException.class, lesson::markHeld).key());
        lesson.replan();
        lesson.markHeld();
        assertEquals("error.lesson.alreadyHeld", assertThrows(CampusException.class, lesson::cancel).key());
        assertThrows(CampusException.class, () -> cohort.removeLesson(lesson));
        assertEquals(1, cohort.getLessons().size());
    }

    @Test
    void thePhaseFollowsTheLessonsAndToday() {
        assertEquals(CohortPhase.PLANNED, cohort.phase(MONDAY), "no lessons yet");
        cohort.planLessons(fourWeeks(), null);
        assertEquals(CohortPhase.PLANNED, cohort.phase(MONDAY.minusDays(1)));
        assertEquals(CohortPhase.RUNNING, cohort.phase(MONDAY));
        assertEquals(CohortPhase.RUNNING, cohort.phase(MONDAY.plusDays(23)));
        assertEquals(CohortPhase.FINISHED, cohort.phase(MONDAY.plusDays(24)));
    }

    @Test
    void aLearnerIsEnrolledOnceAndAWithdrawnOneCanComeBack() {
        cohort.planLessons(fourWeeks(), null);
        Learner amina = learner(augsburg, "Amina Haddad");
        Enrollment enrollment = cohort.enrol(amina, MONDAY);
        assertEquals(EnrollmentStatus.ENROLLED, enrollment.getStatus());
        CampusException twice = assertThrows(CampusException.class, () -> cohort.enrol(amina, MONDAY));
        assertEquals("error.duplicate.enrollment", twice.key());

        enrollment.withdraw(MONDAY.plusDays(7), "Umzug");
        assertEquals(EnrollmentStatus.WITHDRAWN, enrollment.getStatus());
        assertThrows(CampusException.class, () -> enrollment.withdraw(MONDAY.plusDays(8), null));

        Enrollment back = cohort.enrol(amina, MONDAY.plusDays(9));
        assertSame(enrollment, back);
        assertEquals(EnrollmentStatus.ENROLLED, back.getStatus());
        assertEquals(MONDAY.plusDays(9), back.getEnrolledOn());
        assertEquals(null, back.getWithdrawalReason());
        assertEquals(1, cohort.getEnrollments().size());
    }

    @Test
    void theRuleIsFrozenWhenTheCohortStartsAndLaterCourseEditsDoNotChangeIt() {
        de.ffit.campus.course.entity.CourseModule module = course.addModule("Internet", null);
        de.ffit.campus.course.entity.Exercise mail = TestData.withId(
                module.addExercise("E-Mail", null, true, Set.of()), 11);
        de.ffit.campus.course.entity.Exercise search = TestData.withId(
                module.addExercise("Suchen", null, false, Set.of()), 12);
        assertEquals(GraduationRule.DEFAULT, cohort.ruleInForce(), "before it starts: the course's rule");

        cohort.freezeRule(MONDAY);
        course.changeRule(new GraduationRule(90, de.ffit.campus.course.entity.LateCounts.AS_ABSENT,
                de.ffit.campus.course.entity.ExcusedCounts.AS_ABSENT, 100));
        search.describe("Suchen", null, true, Set.of());
        TestData.withId(module.addExercise("Neu", null, true, Set.of()), 13);

        assertEquals(GraduationRule.DEFAULT, cohort.ruleInForce());
        assertEquals(java.util.Map.of(11L, true, 12L, false), cohort.exercisesInForce(),
                "the exercises and mandatory flags of the day it started");
        java.util.Map<Long, Boolean> plan = new java.util.LinkedHashMap<>();
        plan.put(13L, true);
        plan.put(12L, true);
        plan.put(11L, true);
        assertEquals(java.util.List.of(java.util.Map.entry(12L, false), java.util.Map.entry(11L, true)),
                java.util.List.copyOf(cohort.exercisesInForce(plan).entrySet()),
                "the plan as values (issue 24): the frozen exercises and flags, in the plan's order");
        assertEquals(MONDAY, cohort.getRuleFrozenOn().orElseThrow());
        cohort.freezeRule(MONDAY.plusDays(9));
        assertEquals(MONDAY, cohort.getRuleFrozenOn().orElseThrow(), "frozen once");
        assertEquals(11L, mail.getId());
    }

    @Test
    void aFinishedCohortIsFinishedWhateverItsLessonsSay() {
        cohort.planLessons(fourWeeks(), null);
        cohort.finish(MONDAY.plusDays(3));
        assertEquals(CohortPhase.FINISHED, cohort.phase(MONDAY.plusDays(4)));
        assertEquals("error.cohort.alreadyFinished", assertThrows(CampusException.class,
                () -> cohort.finish(MONDAY.plusDays(5))).key());
    }

    @Test
    void nobodyIsEnrolledFromAnotherOrganisationOrIntoAFinishedCohort() {
        cohort.planLessons(fourWeeks(), null);
        assertEquals(CampusException.Kind.NOT_FOUND, assertThrows(CampusException.class,
                () -> cohort.enrol(learner(elsewhere, "Olena"), MONDAY)).kind());
        assertEquals("error.cohort.finished", assertThrows(CampusException.class,
                () -> cohort.enrol(learner(augsburg, "Mehmet"), MONDAY.plusDays(60))).key());
    }

    @Test
    void aLessonLiesInTheYears2000To2100AndOneAtATimeIsCappedAsASchedule() {
        for (LocalDate date : List.of(LocalDate.of(-1, 1, 1), LocalDate.of(1999, 12, 31), LocalDate.of(2101, 1, 1))) {
            CampusException e = assertThrows(CampusException.class,
                    () -> cohort.addLesson(date, LocalTime.of(9, 0), LocalTime.of(10, 0), null), date::toString);
            assertEquals("error.lesson.year", e.key());
        }
        assertThrows(CampusException.class, () -> new WeeklySchedule(LocalDate.of(-1, 1, 1), LocalDate.of(-1, 1, 7),
                Set.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(10, 0)));
        Lesson first = cohort.addLesson(LocalDate.of(2000, 1, 1), LocalTime.of(9, 0), LocalTime.of(10, 0), null);
        assertThrows(CampusException.class, () -> cohort.rescheduleLesson(first, LocalDate.of(-1, 1, 1),
                LocalTime.of(9, 0), LocalTime.of(10, 0)));
        cohort.addLesson(LocalDate.of(2100, 12, 31), LocalTime.of(9, 0), LocalTime.of(10, 0), null);

        LocalDate day = LocalDate.of(2030, 1, 1);
        while (cohort.getLessons().size() < WeeklySchedule.MAX_LESSONS) {
            cohort.addLesson(day, LocalTime.of(9, 0), LocalTime.of(10, 0), null);
            day = day.plusDays(1);
        }
        LocalDate next = day;
        CampusException full = assertThrows(CampusException.class,
                () -> cohort.addLesson(next, LocalTime.of(9, 0), LocalTime.of(10, 0), null));
        assertEquals("error.schedule.tooMany", full.key());
        assertEquals(WeeklySchedule.MAX_LESSONS, cohort.getLessons().size());
    }
}
