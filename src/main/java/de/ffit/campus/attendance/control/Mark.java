package de.ffit.campus.attendance.control;

import de.ffit.campus.attendance.entity.AttendanceStatus;
import de.ffit.campus.platform.validation.MaxLength;
import jakarta.validation.constraints.NotNull;

/** One learner's mark as a client sends it. */
public record Mark(@NotNull Long enrollmentId, Long learnerId, @NotNull AttendanceStatus status,
        @MaxLength(500) String note) {
}
