package de.ffit.campus.attendance.control;

import de.ffit.campus.attendance.entity.AttendanceShare;
import de.ffit.campus.attendance.entity.AttendanceStatus;
import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.cohort.entity.Lesson;
import de.ffit.campus.platform.security.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A cohort's attendance at a glance, for its page and its CSV export. */
@Stateless
public class AttendanceOverview {

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    Cohorts cohorts;

    /** Learners × lessons of a cohort, with each learner's share and standing under the course's rule. */
    public CohortAttendance of(Actor actor, Long cohortId) {
        var cohort = cohorts.find(actor, cohortId);
        var rule = cohort.getCourse().getRule();
        List<Lesson> lessons = cohort.getLessons();
        List<AttendanceShare.LessonFact> facts = lessons.stream()
                .map(l -> new AttendanceShare.LessonFact(l.getId(), l.getDate(), l.getState())).toList();
        Map<Long, Map<Long, AttendanceStatus>> marks = new HashMap<>();
        em.createQuery("select a.enrollment.id, a.lesson.id, a.status from AttendanceRecord a "
                        + "where a.lesson.cohort = :c", Object[].class)
                .setParameter("c", cohort).getResultList()
                .forEach(row -> marks.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                        .put((Long) row[1], (AttendanceStatus) row[2]));
        List<CohortAttendance.LearnerRow> rows = new ArrayList<>();
        for (Enrollment e : em.createQuery("select e from Enrollment e join fetch e.learner l where e.cohort = :c "
                + "order by l.name, e.id", Enrollment.class).setParameter("c", cohort).getResultList()) {
            Map<Long, AttendanceStatus> own = marks.getOrDefault(e.getId(), Map.of());
            rows.add(new CohortAttendance.LearnerRow(e.getId(), e.getLearner().getId(), e.getLearner().getName(),
                    e.getLearner().getNameOriginal(), e.getStatus(), own,
                    AttendanceShare.of(rule, facts, e.getEnrolledOn(), e.getWithdrawnOn(), own)));
        }
        return new CohortAttendance(cohort.getId(), cohort.getName(), rule.getMinAttendancePercent(),
                lessons.stream().map(l -> new CohortAttendance.LessonColumn(l.getId(), l.getDate(), l.getStartTime(),
                        l.getState())).toList(), rows);
    }
}
