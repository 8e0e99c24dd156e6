package de.ffit.campus.attendance.control;

import de.ffit.campus.audit.control.AuditTrail;
import de.ffit.campus.audit.entity.AuditAction;
import de.ffit.campus.cohort.entity.Lesson;
import de.ffit.campus.cohort.entity.LessonState;
import de.ffit.campus.platform.security.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/** A lesson held, cancelled or planned again from the attendance page or the API, under the lesson's lock. */
@Stateless
public class LessonStates {

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    LessonSheets sheets;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Held or cancelled (or planned again); a lesson with marks stays held. */
    public AttendanceSheet change(Actor actor, Long lessonId, LessonState state) {
        Lesson lesson = sheets.lockForWriting(actor, lessonId, false);
        if (state == null || state == lesson.getState()) {
            return sheets.sheetOf(lesson);
        }
        LessonState before = lesson.getState();
        lesson.changeState(state, LocalDate.now(clock), sheets.records(lesson).size());
        audit.record(actor, "Lesson", lesson.getId(), Attendance.context(lesson.getId()), AuditAction.CHANGED,
                Map.of("state", before.name()), Map.of("state", state.name()));
        em.flush();
        return sheets.sheetOf(lesson);
    }
}
