package de.ffit.campus.cohort.entity;

import java.time.LocalDate;

/** Derived from the lessons and today's date, never stored. Declared in the order lists show them. */
public enum CohortPhase {
    RUNNING,
    /** no lesson yet, or the first one is still ahead */
    PLANNED,
    /** the last lesson is over */
    FINISHED;

    public static CohortPhase of(LocalDate firstDay, LocalDate lastDay, LocalDate today) {
        if (firstDay == null || firstDay.isAfter(today)) {
            return PLANNED;
        }
        return lastDay.isBefore(today) ? FINISHED : RUNNING;
    }
}
