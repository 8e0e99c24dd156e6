package de.ffit.campus.course.entity;

/** How a lesson the learner was excused from counts towards their attendance share. */
public enum ExcusedCounts {
    /** excused is attended */
    AS_PRESENT,
    /** an excused lesson is left out of the count, as if it had not been held for this learner */
    NOT_COUNTED,
    /** excused is missed */
    AS_ABSENT
}
