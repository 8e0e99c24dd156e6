package de.ffit.campus.cohort.entity;

/** Where a learner stands in a cohort. */
public enum EnrollmentStatus {
    ENROLLED,
    WITHDRAWN,
    GRADUATED
}
