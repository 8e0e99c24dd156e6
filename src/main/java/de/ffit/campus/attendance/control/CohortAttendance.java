package de.ffit.campus.attendance.control;

import de.ffit.campus.attendance.entity.AttendanceShare;
import de.ffit.campus.attendance.entity.AttendanceStatus;
import de.ffit.campus.attendance.entity.Standing;
import de.ffit.campus.cohort.entity.EnrollmentStatus;
import de.ffit.campus.cohort.entity.LessonState;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** A cohort's attendance grid: learners × lessons, each learner's share and standing. */
public record CohortAttendance(long cohortId, String cohortName, int minimumPercent, List<LessonColumn> lessons,
        List<LearnerRow> learners) {

    public record LessonColumn(long lessonId, LocalDate date, LocalTime start, LessonState state) {
    }

    public record LearnerRow(long enrollmentId, long learnerId, String name, String nameOriginal,
            EnrollmentStatus status, Map<Long, AttendanceStatus> marks, AttendanceShare share) {

        /** for EL: the mark of one lesson, or null */
        public AttendanceStatus mark(long lessonId) {
            return marks.get(lessonId);
        }

        public Standing getStanding() {
            return share.standing();
        }

        public boolean isWithdrawn() {
            return status == EnrollmentStatus.WITHDRAWN;
        }
    }

    public long count(Standing standing) {
        return learners.stream().filter(l -> !l.isWithdrawn() && l.share().standing() == standing).count();
    }
}
