package de.ffit.campus.cohort.entity;

import de.ffit.campus.platform.error.Require;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * "Mondays and Wednesdays, 09:30 to 12:00, from 2 March to 24 April": the rule a coordinator gives to plan a
 * cohort's lessons in one go. The lessons it makes can be edited one by one afterwards.
 */
public record WeeklySchedule(LocalDate from, LocalDate to, Set<DayOfWeek> days, LocalTime start, LocalTime end) {

    /** A course runs a few weeks; a year is generous and keeps a typo ("2062") from planning thousands of lessons. */
    public static final int MAX_DAYS = 366;
    public static final int MAX_LESSONS = 200;

    public WeeklySchedule {
        Require.present(from, "from");
        Require.present(to, "to");
        Require.that(from.getYear() >= Lesson.FIRST_YEAR && from.getYear() <= Lesson.LAST_YEAR, "error.lesson.year",
                "from", Year.of(Lesson.FIRST_YEAR), Year.of(Lesson.LAST_YEAR));
        Require.that(to.getYear() >= Lesson.FIRST_YEAR && to.getYear() <= Lesson.LAST_YEAR, "error.lesson.year", "to",
                Year.of(Lesson.FIRST_YEAR), Year.of(Lesson.LAST_YEAR));
        Require.that(!to.isBefore(from), "error.schedule.order", "to");
        Require.that(ChronoUnit.DAYS.between(from, to) < MAX_DAYS, "error.schedule.tooLong", "to", MAX_DAYS);
        Require.that(days != null && !days.isEmpty(), "error.schedule.noDays", "days");
        days = Set.copyOf(EnumSet.copyOf(days));
        Require.present(start, "start");
        Require.present(end, "end");
        Require.that(start.isBefore(end), "error.lesson.times", "end");
    }

    /** The dates of the lessons, in order. */
    public List<LocalDate> dates() {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (days.contains(d.getDayOfWeek())) {
                dates.add(d);
            }
        }
        Require.that(dates.size() <= MAX_LESSONS, "error.schedule.tooMany", "to", MAX_LESSONS);
        return dates;
    }
}
