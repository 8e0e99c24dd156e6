package de.ffit.campus.cohort.control;

import de.ffit.campus.cohort.entity.CohortPhase;
import java.time.LocalDate;

/** A line of the cohort list, counted in the database. */
public record CohortSummary(long id, String name, String courseTitle, String locationName, LocalDate firstDay,
        LocalDate lastDay, long lessons, long enrolled, CohortPhase phase) {

    /** JPQL constructor; the phase follows from the dates and today. */
    public CohortSummary(Long id, String name, String courseTitle, String locationName, LocalDate firstDay,
            LocalDate lastDay, Long lessons, Long enrolled) {
        this(id, name, courseTitle, locationName, firstDay, lastDay, lessons, enrolled, null);
    }

    CohortSummary on(LocalDate today) {
        return new CohortSummary(id, name, courseTitle, locationName, firstDay, lastDay, lessons, enrolled,
                CohortPhase.of(firstDay, lastDay, today));
    }
}
