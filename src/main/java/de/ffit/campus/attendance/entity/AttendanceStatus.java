package de.ffit.campus.attendance.entity;

/** What a trainer marks for a learner in a lesson. */
public enum AttendanceStatus {
    PRESENT,
    LATE,
    EXCUSED,
    ABSENT
}
