package de.ffit.campus.attendance.control;

import de.ffit.campus.attendance.entity.AttendanceRecord;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.cohort.entity.Lesson;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.security.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The API's write of a lesson's marks: all or nothing against the version the script read (its If-Match), under
 * the same lock and with the same audit events as a trainer's save.
 */
@Stateless
public class MarkReplacement {

    /** {@code If-Match: *}: whatever the marks are now */
    public static final String ANY_VERSION = "*";

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    LessonSheets sheets;

    /**
     * Sets the given marks if the sheet is still at {@code expectedVersion} (the API's If-Match); marks of
     * learners not listed stay as they are.
     */
    public AttendanceSheet replace(Actor actor, Long lessonId, String expectedVersion, List<Mark> marks) {
        Lesson lesson = sheets.lockForWriting(actor, lessonId, true);
        Map<Long, AttendanceRecord> records = sheets.records(lesson);
        if (expectedVersion == null || !(ANY_VERSION.equals(expectedVersion)
                || expectedVersion.equals(LessonSheets.version(records.values())))) {
            throw CampusException.preconditionFailed();
        }
        Map<Long, Enrollment> enrollments = sheets.enrollments(lesson);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < marks.size(); i++) {
            Mark mark = marks.get(i);
            String field = "records[" + i + "]";
            if (mark == null || mark.status() == null) {
                throw CampusException.invalid("error.required", field + ".status",
                        new CampusException.MessageKey("field.status"));
            }
            if (mark.enrollmentId() == null || !seen.add(mark.enrollmentId())) {
                throw CampusException.invalid("error.attendance.duplicateLearner", field + ".enrollmentId");
            }
            Enrollment enrollment = LessonSheets.enrollmentOf(enrollments, mark.enrollmentId(),
                    field + ".enrollmentId");
            if (mark.learnerId() != null && !mark.learnerId().equals(enrollment.getLearner().getId())) {
                throw CampusException.invalid("error.attendance.notEnrolled", field + ".learnerId");
            }
        }
        int written = 0;
        for (Mark mark : marks) {
            AttendanceRecord current = records.get(mark.enrollmentId());
            if (current == null || current.getStatus() != mark.status() || !Change.same(current.getNote(), mark.note())) {
                sheets.write(actor, lesson, enrollments.get(mark.enrollmentId()), current, mark.status(),
                        mark.note());
                written++;
            }
        }
        sheets.held(actor, lesson);
        em.flush();
        sheets.counted(written);
        return sheets.sheetOf(lesson);
    }
}
