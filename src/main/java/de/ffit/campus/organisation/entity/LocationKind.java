package de.ffit.campus.organisation.entity;

/** Where a cohort meets: a classroom, or the accommodation where the learners live. */
public enum LocationKind {
    CLASSROOM,
    ACCOMMODATION,
    OTHER
}
