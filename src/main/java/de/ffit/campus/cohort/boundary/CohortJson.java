package de.ffit.campus.cohort.boundary;

import de.ffit.campus.account.entity.UserAccount;
import de.ffit.campus.cohort.control.CohortSummary;
import de.ffit.campus.cohort.entity.Cohort;
import de.ffit.campus.cohort.entity.CohortPhase;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.cohort.entity.EnrollmentStatus;
import de.ffit.campus.cohort.entity.Lesson;
import de.ffit.campus.cohort.entity.LessonState;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A cohort as the API shows it. */
public record CohortJson(long id, String name, long courseId, String courseTitle, long locationId,
        String locationName, List<Long> trainerIds, LocalDate firstDay, LocalDate lastDay, int lessons,
        CohortPhase phase, long version) {

    static CohortJson of(Cohort c, LocalDate today) {
        return new CohortJson(c.getId(), c.getName(), c.getCourse().getId(), c.getCourse().getTitle(),
                c.getLocation().getId(), c.getLocation().getName(),
                c.getTrainers().stream().map(UserAccount::getId).toList(), c.getFirstDay().orElse(null),
                c.getLastDay().orElse(null), c.getLessons().size(), c.phase(today), c.getVersion());
    }

    /**
     * A line of the cohort list. {@code participants} are counted by the rule the pages and the impact report share
     * (graduates and those who left half-way included); {@code enrolled} are those still enrolled today, as before.
     */
    public record SummaryJson(long id, String name, String courseTitle, String locationName, LocalDate firstDay,
            LocalDate lastDay, long lessons, long participants, long enrolled, CohortPhase phase) {

        static SummaryJson of(CohortSummary s) {
            return new SummaryJson(s.id(), s.name(), s.courseTitle(), s.locationName(), s.firstDay(), s.lastDay(),
                    s.lessons(), s.participants(), s.enrolled(), s.phase());
        }
    }

    /** One lesson. */
    public record LessonJson(long id, long cohortId, LocalDate date, LocalTime start, LocalTime end, String topic,
            LessonState state, long version) {

        static LessonJson of(Lesson l) {
            return new LessonJson(l.getId(), l.getCohort().getId(), l.getDate(), l.getStartTime(), l.getEndTime(),
                    l.getTopic(), l.getState(), l.getVersion());
        }
    }

    /** One enrolment, with the learner's name as the cohort list shows it. */
    public record EnrollmentJson(long id, long cohortId, long learnerId, String learnerName, EnrollmentStatus status,
            LocalDate enrolledOn, LocalDate withdrawnOn, String withdrawalReason, long version) {

        static EnrollmentJson of(Enrollment e) {
            return new EnrollmentJson(e.getId(), e.getCohort().getId(), e.getLearner().getId(),
                    e.getLearner().getName(), e.getStatus(), e.getEnrolledOn(), e.getWithdrawnOn(),
                    e.getWithdrawalReason(), e.getVersion());
        }
    }
}
