package de.ffit.campus.attendance.control;

import de.ffit.campus.cohort.entity.LessonState;
import java.time.LocalDate;
import java.time.LocalTime;

/** A lesson on a trainer's start page: today's, the next one, or a past one whose attendance is still open. */
public record AgendaItem(long lessonId, long cohortId, String cohortName, String locationName, LocalDate date,
        LocalTime start, LocalTime end, String topic, LessonState state, long marked, Kind kind) {

    public enum Kind {
        TODAY,
        NEXT,
        OPEN
    }

    public boolean isToday() {
        return kind == Kind.TODAY;
    }
}
