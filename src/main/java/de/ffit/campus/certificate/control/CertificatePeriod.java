package de.ffit.campus.certificate.control;

import de.ffit.campus.cohort.entity.Lesson;
import de.ffit.campus.cohort.entity.LessonState;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The period a certificate may state, so that it says only what has happened: from the cohort's first lesson to its
 * last lesson held (never a planned end still to come). {@code running} is true while a lesson is still planned for
 * today or later and the cohort has not been finished: a certificate issued then needs a written reason.
 */
public record CertificatePeriod(LocalDate start, LocalDate end, boolean running, LocalDate lastPlanned) {

    /** a lesson as the period sees it */
    public record Day(LocalDate date, LessonState state) {
    }

    public static CertificatePeriod ofLessons(Collection<Lesson> lessons, Optional<LocalDate> finishedOn,
            LocalDate today) {
        return of(lessons.stream().map(l -> new Day(l.getDate(), l.getState())).toList(), finishedOn, today);
    }

    public static CertificatePeriod of(Collection<Day> lessons, Optional<LocalDate> finishedOn, LocalDate today) {
        LocalDate start = lessons.stream().filter(l -> l.state() != LessonState.CANCELLED).map(Day::date)
                .min(Comparator.naturalOrder()).orElse(null);
        Optional<LocalDate> lastHeld = lessons.stream().filter(l -> l.state() == LessonState.HELD)
                .map(Day::date).max(Comparator.naturalOrder());
        Optional<LocalDate> ahead = lessons.stream()
                .filter(l -> l.state() == LessonState.PLANNED && !l.date().isBefore(today))
                .map(Day::date).max(Comparator.naturalOrder());
        boolean running = finishedOn.isEmpty() && ahead.isPresent();
        // no lesson held at all (a certificate with a reason before the first lesson): the period ends today
        LocalDate end = lastHeld.orElseGet(() -> running ? today : finishedOn.orElse(today));
        if (start == null || start.isAfter(end)) {
            start = end;
        }
        return new CertificatePeriod(start, end, running, ahead.orElse(null));
    }
}
