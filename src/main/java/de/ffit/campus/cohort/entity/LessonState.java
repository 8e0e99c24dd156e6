package de.ffit.campus.cohort.entity;

/** A lesson is planned until the trainer holds it, or is cancelled; cancelled lessons count against nobody. */
public enum LessonState {
    PLANNED,
    HELD,
    CANCELLED
}
