package de.ffit.campus.attendance.entity;

/** Where a learner stands against the course's minimum attendance. */
public enum Standing {
    /** at or above the minimum so far */
    ON_TRACK,
    /** below the minimum, but the lessons left can still lift them above it */
    AT_RISK,
    /** even attending every lesson left would not reach the minimum */
    CANNOT_REACH
}
