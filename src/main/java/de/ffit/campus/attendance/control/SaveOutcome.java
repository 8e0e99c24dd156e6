package de.ffit.campus.attendance.control;

import de.ffit.campus.attendance.entity.AttendanceStatus;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a save did: how many marks it wrote, and the learners a colleague changed meanwhile, left for the trainer
 * to decide (their other changes are written all the same).
 *
 * @param repeated the save had arrived before (same key): this time nothing was written, {@code saved} is what
 * the first arrival wrote
 */
public record SaveOutcome(int saved, List<Conflict> conflicts, AttendanceSheet sheet, boolean repeated) {

    /** Both values for one learner: the trainer's and the one a colleague saved meanwhile. */
    public record Conflict(long enrollmentId, String learnerName, AttendanceStatus mine, String myNote,
            AttendanceStatus theirs, String theirNote, String theirBy, LocalDateTime theirAt, Long theirVersion)
            implements Serializable {
    }

    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }
}
