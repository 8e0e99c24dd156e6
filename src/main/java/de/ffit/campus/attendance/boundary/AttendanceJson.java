package de.ffit.campus.attendance.boundary;

import de.ffit.campus.attendance.control.AttendanceSheet;
import de.ffit.campus.attendance.control.Mark;
import de.ffit.campus.attendance.entity.AttendanceStatus;
import de.ffit.campus.cohort.entity.LessonState;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code {"version": "...", "records": [{"enrollmentId", "learnerId", "status", "note"}]}} as DESIGN.md
 * promises, with a few read-only extras (the learner's name, the lesson's date and state).
 */
public record AttendanceJson(String version, long lessonId, LocalDate date, LessonState state,
        List<RecordJson> records) {

    public record RecordJson(Long enrollmentId, Long learnerId, String learnerName, AttendanceStatus status,
            String note) {
    }

    static AttendanceJson of(AttendanceSheet sheet) {
        return new AttendanceJson(sheet.version(), sheet.lessonId(), sheet.date(), sheet.state(),
                sheet.rows().stream().map(r -> new RecordJson(r.enrollmentId(), r.learnerId(), r.name(), r.status(),
                        r.note())).toList());
    }

    List<Mark> marks() {
        return records == null ? List.of() : records.stream()
                .map(r -> r == null ? null : new Mark(r.enrollmentId(), r.learnerId(), r.status(), r.note()))
                .toList();
    }
}
