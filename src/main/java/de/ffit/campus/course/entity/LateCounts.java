package de.ffit.campus.course.entity;

/** How a lesson the learner came late to counts towards their attendance share. */
public enum LateCounts {
    /** late is attended */
    AS_PRESENT,
    /** late is half a lesson */
    AS_HALF,
    /** late is missed */
    AS_ABSENT
}
