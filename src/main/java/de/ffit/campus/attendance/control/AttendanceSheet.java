package de.ffit.campus.attendance.control;

import de.ffit.campus.attendance.entity.AttendanceStatus;
import de.ffit.campus.cohort.entity.LessonState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * One lesson's attendance as a trainer sees it: every learner who belongs to the lesson with their mark (or none
 * yet), and the version of the whole sheet, which changes whenever any mark changes.
 */
public record AttendanceSheet(long lessonId, long cohortId, String cohortName, String locationName,
        List<String> trainers, LocalDate date, LocalTime start, LocalTime end, String topic, LessonState state,
        String version, List<Row> rows) {

    /**
     * @param enrolledLater the learner enrolled after this lesson: it counts for them only if they came
     * @param recordVersion the version of the stored mark, null when there is none
     */
    public record Row(long enrollmentId, long learnerId, String name, String nameOriginal, String language,
            boolean enrolledLater, AttendanceStatus status, String note, Long recordVersion, String recordedBy,
            LocalDateTime recordedAt) {
    }

    public boolean isCancelled() {
        return state == LessonState.CANCELLED;
    }

    public long marked() {
        return rows.stream().filter(r -> r.status() != null).count();
    }
}
