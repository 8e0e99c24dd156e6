package de.ffit.campus.kiosk.control;

import de.ffit.campus.attendance.entity.AttendanceShare;
import de.ffit.campus.attendance.entity.AttendanceStatus;
import de.ffit.campus.certificate.control.Certificates;
import de.ffit.campus.cohort.entity.Cohort;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.cohort.entity.EnrollmentStatus;
import de.ffit.campus.cohort.entity.Lesson;
import de.ffit.campus.cohort.entity.LessonState;
import de.ffit.campus.course.entity.GraduationRule;
import de.ffit.campus.learner.entity.Learner;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.progress.control.CohortProgress;
import de.ffit.campus.progress.control.Progress;
import de.ffit.campus.progress.entity.CompletionState;
import de.ffit.campus.progress.entity.ProgressStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The signed-in learner's own progress, as the kiosk shows it; every query is bound to that one learner. */
@Stateless
public class KioskProgress {

    /** how many coming lessons the kiosk lists */
    static final int NEXT_LESSONS = 3;

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    Progress progress;

    @Inject
    Certificates certificates;

    @Inject
    Clock clock;

    public MyProgress of(long organisationId, long learnerId) {
        Learner learner = em.find(Learner.class, learnerId);
        if (learner == null || learner.getOrganisation().getId() != organisationId) {
            throw CampusException.notFound("record.learner");
        }
        LocalDate today = LocalDate.now(clock);
        LocalTime now = LocalTime.now(clock);
        List<MyProgress.Course> courses = new ArrayList<>();
        for (CohortProgress cohort : progress.ofLearner(organisationId, learnerId)) {
            CohortProgress.Row row = cohort.rows().get(0);
            Enrollment enrollment = em.find(Enrollment.class, row.enrollmentId());
            courses.add(course(cohort, row, enrollment, today, now));
        }
        return new MyProgress(learner.getName(), learner.getNameOriginal(), learner.getPreferredLanguage(), courses);
    }

    /**
     * The learner's attendance in the words of the graduation rule: the share and the lessons that count are the
     * ones the cohort's progress page shows (the same {@link AttendanceShare}); came, late and excused are counted
     * over the same lessons.
     */
    static MyProgress.Attendance attendance(GraduationRule rule, AttendanceShare share, List<Lesson> lessons,
            Enrollment enrollment, Map<Long, AttendanceStatus> marks) {
        AttendanceShare.Tally tally = AttendanceShare.tally(rule, lessons.stream()
                        .map(l -> new AttendanceShare.LessonFact(l.getId(), l.getDate(), l.getState())).toList(),
                enrollment.getEnrolledOn(), enrollment.getWithdrawnOn(), marks);
        return new MyProgress.Attendance(tally.came(), share.counted(), tally.late(), tally.excused(),
                share.percent(), share.minimumPercent(), rule.getLateCounts(), rule.getExcusedCounts());
    }

    /** "I did this" for one of the learner's own exercises. */
    public CompletionState report(long organisationId, long learnerId, long enrollmentId, long exerciseId) {
        return progress.reportAtKiosk(organisationId, learnerId, enrollmentId, exerciseId);
    }

    private MyProgress.Course course(CohortProgress cohort, CohortProgress.Row row, Enrollment enrollment,
            LocalDate today, LocalTime now) {
        Cohort c = enrollment.getCohort();
        Map<Long, AttendanceStatus> marks = new HashMap<>();
        em.createQuery("select a.lesson.id, a.status from AttendanceRecord a where a.enrollment = :e",
                        Object[].class).setParameter("e", enrollment).getResultList()
                .forEach(r -> marks.put((Long) r[0], (AttendanceStatus) r[1]));
        // every lesson of the cohort: the rule counts a lesson before the enrolment when it earns full credit
        List<Lesson> lessons = em.createQuery("select l from Lesson l where l.cohort = :c "
                        + "order by l.date, l.startTime", Lesson.class)
                .setParameter("c", c).getResultList();
        List<MyProgress.Day> days = new ArrayList<>();
        List<MyProgress.NextLesson> next = new ArrayList<>();
        for (Lesson lesson : lessons) {
            if (lesson.getState() == LessonState.CANCELLED || lesson.getDate().isBefore(enrollment.getEnrolledOn())) {
                continue;
            }
            if (lesson.getState() == LessonState.HELD) {
                AttendanceStatus status = marks.getOrDefault(lesson.getId(), AttendanceStatus.ABSENT);
                days.add(new MyProgress.Day(lesson.getDate(), MyProgress.Mark.valueOf(status.name())));
            } else {
                boolean coming = lesson.getDate().isAfter(today)
                        || (lesson.getDate().equals(today) && lesson.getEndTime().isAfter(now));
                if (!lesson.getDate().isBefore(today)) {
                    // a past lesson nobody took attendance for is neither "came" nor "to come": no dot
                    days.add(new MyProgress.Day(lesson.getDate(), MyProgress.Mark.PLANNED));
                }
                if (coming && next.size() < NEXT_LESSONS && enrollment.getStatus() == EnrollmentStatus.ENROLLED) {
                    next.add(new MyProgress.NextLesson(lesson.getDate(), lesson.getStartTime(), lesson.getEndTime(),
                            c.getLocation().getName(), c.getLocation().getAddress(), lesson.getTopic()));
                }
            }
        }
        MyProgress.Attendance attendance = attendance(cohort.rule(), row.progress().attendance(), lessons, enrollment,
                marks);
        List<MyProgress.Module> modules = cohort.modules().stream()
                .map(m -> {
                    List<MyProgress.Exercise> exercises = m.exercises().stream()
                            .map(e -> new MyProgress.Exercise(e.id(), e.title(), e.mandatory(), row.state(e.id())))
                            .toList();
                    int done = (int) exercises.stream().filter(MyProgress.Exercise::isDone).count();
                    return new MyProgress.Module(m.id(), m.title(), done, exercises);
                }).toList();
        MyProgress.CertificateState certificate = certificates.validFor(enrollment.getId())
                .map(i -> new MyProgress.CertificateState(MyProgress.CertificateState.Kind.ISSUED, i.serial(),
                        i.issuedOn()))
                .orElseGet(() -> new MyProgress.CertificateState(
                        row.progress().status() == ProgressStatus.ELIGIBLE
                                || row.progress().status() == ProgressStatus.GRADUATED
                                ? MyProgress.CertificateState.Kind.READY : MyProgress.CertificateState.Kind.NOT_YET,
                        null, null));
        boolean open = enrollment.getStatus() == EnrollmentStatus.ENROLLED && !cohort.isFinished();
        return new MyProgress.Course(enrollment.getId(), cohort.courseTitle(), cohort.cohortName(), row.progress(),
                attendance, days, modules, next, certificate, open);
    }
}
