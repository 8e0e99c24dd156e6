package de.ffit.campus.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.certificate.control.CertificatePeriod.Day;
import de.ffit.campus.cohort.entity.LessonState;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The period a certificate states: up to the last lesson held, never a planned end. */
class CertificatePeriodTest {

    static final LocalDate DEC_7 = LocalDate.of(2026, 12, 7);

    static List<Day> cohortUntilDecember30() {
        return List.of(new Day(LocalDate.of(2026, 11, 2), LessonState.HELD),
                new Day(LocalDate.of(2026, 11, 30), LessonState.HELD),
                new Day(LocalDate.of(2026, 12, 2), LessonState.CANCELLED),
                new Day(LocalDate.of(2026, 12, 4), LessonState.HELD),
                new Day(DEC_7, LessonState.PLANNED),
                new Day(LocalDate.of(2026, 12, 30), LessonState.PLANNED));
    }

    @Test
    void onDecember7ACohortThatRunsUntilDecember30IsRunningAndItsPeriodEndsAtTheLastLessonHeld() {
        CertificatePeriod period = CertificatePeriod.of(cohortUntilDecember30(), Optional.empty(), DEC_7);
        assertTrue(period.running());
        assertEquals(LocalDate.of(2026, 11, 2), period.start());
        assertEquals(LocalDate.of(2026, 12, 4), period.end());
        assertEquals(LocalDate.of(2026, 12, 30), period.lastPlanned());
    }

    @Test
    void todaysLastLessonCountsOnlyOnceItIsHeld() {
        List<Day> lessons = List.of(new Day(LocalDate.of(2026, 12, 1), LessonState.HELD),
                new Day(DEC_7, LessonState.PLANNED));
        assertTrue(CertificatePeriod.of(lessons, Optional.empty(), DEC_7).running());
        CertificatePeriod held = CertificatePeriod.of(List.of(lessons.get(0), new Day(DEC_7, LessonState.HELD)),
                Optional.empty(), DEC_7);
        assertFalse(held.running());
        assertEquals(DEC_7, held.end());
    }

    @Test
    void aFinishedCohortIsNotRunningEvenWithLessonsStillPlannedAndEndsAtItsLastLessonHeld() {
        CertificatePeriod period = CertificatePeriod.of(cohortUntilDecember30(), Optional.of(DEC_7), DEC_7);
        assertFalse(period.running());
        assertEquals(LocalDate.of(2026, 12, 4), period.end());
    }

    @Test
    void aPlannedLessonInThePastThatWasNeverHeldDoesNotKeepTheCohortRunning() {
        List<Day> lessons = List.of(new Day(LocalDate.of(2026, 12, 1), LessonState.HELD),
                new Day(LocalDate.of(2026, 12, 3), LessonState.PLANNED));
        CertificatePeriod period = CertificatePeriod.of(lessons, Optional.empty(), DEC_7);
        assertFalse(period.running());
        assertEquals(LocalDate.of(2026, 12, 1), period.end());
    }
}
