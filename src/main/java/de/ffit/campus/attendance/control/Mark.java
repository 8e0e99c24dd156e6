package de.ffit.campus.attendance.control;

import de.ffit.campus.attendance.entity.AttendanceStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One learner's mark as a client sends it. */
public record Mark(@NotNull Long enrollmentId, Long learnerId, @NotNull AttendanceStatus status,
        @Size(max = 500) String note) {
}
