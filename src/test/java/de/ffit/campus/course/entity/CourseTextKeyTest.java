package de.ffit.campus.course.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.ffit.campus.platform.error.CampusException;
import org.junit.jupiter.api.Test;

class CourseTextKeyTest {

    @Test
    void namesEachPieceOfContent() {
        assertEquals("module.12.title", CourseTextKey.moduleTitle(12).value());
        assertEquals(CourseTextKey.Kind.EXERCISE, CourseTextKey.parse(" exercise.34.description ").kind());
        assertEquals(34, CourseTextKey.parse("exercise.34.description").ownerId());
        assertEquals(-1, CourseTextKey.courseTitle().ownerId());
    }

    @Test
    void sameTopicTypedDifferentlyIsOneText() {
        assertEquals(CourseTextKey.topic("E-Mail  schreiben"), CourseTextKey.topic(" e-mail schreiben"));
        assertNotEquals(CourseTextKey.topic("E-Mail schreiben"), CourseTextKey.topic("E-Mail lesen"));
        assertEquals(CourseTextKey.Kind.TOPIC, CourseTextKey.topic("E-Mail lesen").kind());
    }

    @Test
    void refusesWhatIsNotAKey() {
        for (String bad : new String[] {null, "", "exercise.title", "module.x.title", "learner.1.title",
                "exercise.1.title;drop"}) {
            CampusException e = assertThrows(CampusException.class, () -> CourseTextKey.parse(bad), bad);
            assertEquals("error.courseTextKey", e.key());
        }
    }
}
