package de.ffit.campus.cohort.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.ffit.campus.platform.error.CampusException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {

    private static final LocalTime NINE_THIRTY = LocalTime.of(9, 30);
    private static final LocalTime NOON = LocalTime.of(12, 0);

    @Test
    void plansTheChosenWeekdaysBetweenBothDatesInclusive() {
        // 2 March 2026 is a Monday
        WeeklySchedule schedule = new WeeklySchedule(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), NINE_THIRTY, NOON);
        assertEquals(List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 9),
                LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 16)), schedule.dates());
    }

    @Test
    void refusesAnEndBeforeTheStartAndLessonsEndingBeforeTheyBegin() {
        CampusException order = assertThrows(CampusException.class, () -> new WeeklySchedule(
                LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2), Set.of(DayOfWeek.MONDAY), NINE_THIRTY, NOON));
        assertEquals("error.schedule.order", order.key());
        CampusException times = assertThrows(CampusException.class, () -> new WeeklySchedule(
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9), Set.of(DayOfWeek.MONDAY), NOON, NINE_THIRTY));
        assertEquals("error.lesson.times", times.key());
    }

    @Test
    void refusesNoWeekdaysAndATypoThatWouldPlanYears() {
        assertEquals("error.schedule.noDays", assertThrows(CampusException.class, () -> new WeeklySchedule(
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9), Set.of(), NINE_THIRTY, NOON)).key());
        assertEquals("error.schedule.tooLong", assertThrows(CampusException.class, () -> new WeeklySchedule(
                LocalDate.of(2026, 3, 2), LocalDate.of(2062, 3, 9), Set.of(DayOfWeek.MONDAY), NINE_THIRTY, NOON))
                .key());
    }

    @Test
    void refusesMoreLessonsThanACohortMayHave() {
        WeeklySchedule daily = new WeeklySchedule(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Set.of(DayOfWeek.values()), NINE_THIRTY, NOON);
        assertEquals("error.schedule.tooMany", assertThrows(CampusException.class, daily::dates).key());
    }
}
