package de.ffit.campus.course.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.ffit.campus.TestData;
import de.ffit.campus.platform.error.CampusException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CourseTest {

    private final Course course = new Course(TestData.organisation(1, "Tür an Tür"), "  ffIT Basis ", null,
            GraduationRule.DEFAULT, TestData.NOW);

    @Test
    void titlesAreTrimmedAndRequired() {
        assertEquals("ffIT Basis", course.getTitle());
        CampusException e = assertThrows(CampusException.class, () -> course.describe("   ", null));
        assertEquals("error.required", e.key());
        assertEquals("title", e.field());
    }

    @Test
    void aTitleLongerThanTheColumnIsRefusedNotCut() {
        CampusException e = assertThrows(CampusException.class, () -> course.describe("x".repeat(161), null));
        assertEquals("error.tooLong", e.key());
    }

    @Test
    void theRuleAcceptsOnlySharesFromZeroToHundred() {
        assertThrows(CampusException.class,
                () -> new GraduationRule(101, LateCounts.AS_PRESENT, ExcusedCounts.NOT_COUNTED, 50));
        assertThrows(CampusException.class,
                () -> new GraduationRule(75, LateCounts.AS_PRESENT, ExcusedCounts.NOT_COUNTED, -1));
        assertThrows(CampusException.class, () -> new GraduationRule(75, null, ExcusedCounts.NOT_COUNTED, 50));
        GraduationRule rule = new GraduationRule(0, LateCounts.AS_HALF, ExcusedCounts.AS_ABSENT, 100);
        course.changeRule(rule);
        assertEquals(rule, course.getRule());
    }

    @Test
    void modulesKeepTheirOrderAndMoveOnePlaceAtATime() {
        CourseModule a = course.addModule("Computer", null);
        CourseModule b = course.addModule("Smartphone", null);
        CourseModule c = course.addModule("Internet", null);
        course.moveModule(c, -1);
        assertEquals(List.of(a, c, b), course.getModules());
        assertEquals(List.of(0, 1, 2), course.getModules().stream().map(CourseModule::getSortOrder).toList());
        course.moveModule(a, -1);
        assertEquals(a, course.getModules().get(0), "the first module cannot move further up");
        course.removeModule(c);
        assertEquals(List.of(0, 1), course.getModules().stream().map(CourseModule::getSortOrder).toList());
    }

    @Test
    void twoModulesOrTwoExercisesOfOneParentCannotShareATitle() {
        CourseModule module = course.addModule("Internet und E-Mail", null);
        CampusException duplicateModule = assertThrows(CampusException.class,
                () -> course.addModule("internet und e-mail", null));
        assertEquals("error.duplicate.moduleTitle", duplicateModule.key());
        module.addExercise("Eine E-Mail senden", null, true, Set.of());
        CampusException duplicateExercise = assertThrows(CampusException.class,
                () -> module.addExercise("EINE E-MAIL SENDEN", null, false, Set.of()));
        assertEquals("error.duplicate.exerciseTitle", duplicateExercise.key());
    }

    @Test
    void exercisesOfAllModulesAreListedInCourseOrder() {
        CourseModule first = course.addModule("Computer", null);
        CourseModule second = course.addModule("Internet", null);
        Exercise search = second.addExercise("Suchen", null, true, Set.of());
        Exercise mouse = first.addExercise("Maus", null, true, Set.of());
        assertEquals(List.of(mouse, search), course.getExercises());
        assertEquals(true, search.isMandatory());
    }
}
