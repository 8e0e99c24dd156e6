package de.ffit.campus.cohort.control;

import de.ffit.campus.cohort.entity.CohortPhase;
import java.time.LocalDate;

/**
 * A line of the cohort list, counted in the database; {@code participants} by the rule the cohort's overview and
 * the impact report count with ({@link Participation}); {@code enrolled} those still enrolled today.
 */
public record CohortSummary(long id, String name, String courseTitle, String locationName, LocalDate firstDay,
        LocalDate lastDay, long lessons, long participants, long enrolled, CohortPhase phase) {

    /** JPQL constructor; the participants are counted apart, the phase follows from the dates and today. */
    public CohortSummary(Long id, String name, String courseTitle, String locationName, LocalDate firstDay,
            LocalDate lastDay, Long lessons) {
        this(id, name, courseTitle, locationName, firstDay, lastDay, lessons, 0, 0, null);
    }

    CohortSummary on(LocalDate today, long participants, long enrolled) {
        return new CohortSummary(id, name, courseTitle, locationName, firstDay, lastDay, lessons, participants,
                enrolled, CohortPhase.of(firstDay, lastDay, today));
    }
}
