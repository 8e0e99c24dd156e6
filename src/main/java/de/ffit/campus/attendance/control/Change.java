package de.ffit.campus.attendance.control;

import de.ffit.campus.attendance.entity.AttendanceStatus;

/**
 * A mark as the trainer set it on the page, with the mark the page was loaded with. Only a change to what was
 * loaded is saved; if a colleague changed the same learner meanwhile, it is a conflict for the trainer to decide.
 *
 * @param baseVersion version of the stored mark when the page was loaded, null when there was none
 */
public record Change(long enrollmentId, AttendanceStatus status, String note, AttendanceStatus baseStatus,
        String baseNote, Long baseVersion) {

    public boolean isChange() {
        return status != null && (status != baseStatus || !same(note, baseNote));
    }

    static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }

    static String normal(String note) {
        return note == null ? "" : note.strip();
    }
}
