package de.ffit.campus.report.control;

import java.time.LocalDate;

/**
 * What an impact report covers: a period (both days included) and optionally one organisation (admins only; for
 * everyone else it is their own), one location, one course.
 */
public record ImpactFilter(LocalDate from, LocalDate to, Long organisationId, Long locationId, Long courseId) {

    /** The same period and filters for the trend: the five calendar years up to the end of the period. */
    ImpactFilter trend() {
        return new ImpactFilter(LocalDate.of(to.getYear() - 4, 1, 1), to, organisationId, locationId, courseId);
    }
}
