package de.ffit.campus.kiosk.control;

import de.ffit.campus.attendance.entity.AttendanceShare;
import de.ffit.campus.attendance.entity.AttendanceStatus;
import de.ffit.campus.certificate.control.Certificates;
import de.ffit.campus.cohort.entity.Cohort;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.cohort.entity.EnrollmentStatus;
import de.ffit.campus.cohort.entity.LessonState;
import de.ffit.campus.course.control.CourseTexts;
import de.ffit.campus.course.control.CourseWording;
import de.ffit.campus.course.entity.GraduationRule;
import de.ffit.campus.learner.entity.Learner;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.progress.control.CohortProgress;
import de.ffit.campus.progress.control.Progress;
import de.ffit.campus.progress.entity.CompletionState;
import de.ffit.campus.progress.entity.LearnerProgress;
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
    CourseTexts texts;

    @Inject
    Clock clock;

    /** the learner's progress with the course content in {@code language}, the language the kiosk speaks to them */
    public MyProgress of(long organisationId, long learnerId, Language language) {
        Learner learner = em.find(Learner.class, learnerId);
        if (learner == null || learner.getOrganisation().getId() != organisationId) {
            throw CampusException.notFound("record.learner");
        }
        LocalDate today = LocalDate.now(clock);
        LocalTime now = LocalTime.now(clock);
        List<MyProgress.Course> courses = new ArrayList<>();
        List<CohortProgress> cohorts = progress.ofLearner(organisationId, learnerId);
        List<Enrollment> enrollments = cohorts.stream()
                .map(c -> em.find(Enrollment.class, c.rows().get(0).enrollmentId())).toList();
        Map<Long, CourseWording> wordings = texts.wordings(enrollments.stream()
                .map(e -> e.getCohort().getCourse().getId()).distinct().toList(), language);
        for (int i = 0; i < cohorts.size(); i++) {
            CohortProgress cohort = cohorts.get(i);
            Enrollment enrollment = enrollments.get(i);
            courses.add(course(cohort, cohort.rows().get(0), enrollment,
                    wordings.get(enrollment.getCohort().getCourse().getId()), today, now));
        }
        return new MyProgress(learner.getName(), learner.getNameOriginal(), learner.getPreferredLanguage(), courses);
    }

    /**
     * The learner's attendance in the words of the graduation rule: the share and the lessons that count are the
     * ones the cohort's progress page shows (the same {@link AttendanceShare}); came, late and excused are counted
     * over the same lessons.
     */
    static MyProgress.Attendance attendance(GraduationRule rule, AttendanceShare share,
            List<AttendanceShare.LessonFact> lessons, Enrollment enrollment, Map<Long, AttendanceStatus> marks) {
        AttendanceShare.Tally tally = AttendanceShare.tally(rule, lessons, enrollment.getEnrolledOn(),
                enrollment.getWithdrawnOn(), marks);
        return new MyProgress.Attendance(tally.came(), share.counted(), tally.late(), tally.excused(),
                share.percent(), share.minimumPercent(), rule.getLateCounts(), rule.getExcusedCounts());
    }

    /** "I did this" for one of the learner's own exercises. */
    public CompletionState report(long organisationId, long learnerId, long enrollmentId, long exerciseId) {
        return progress.reportAtKiosk(organisationId, learnerId, enrollmentId, exerciseId);
    }

    private MyProgress.Course course(CohortProgress cohort, CohortProgress.Row row, Enrollment enrollment,
            CourseWording wording, LocalDate today, LocalTime now) {
        Cohort c = enrollment.getCohort();
        Map<Long, AttendanceStatus> marks = new HashMap<>();
        em.createQuery("select a.lesson.id, a.status from AttendanceRecord a where a.enrollment = :e",
                        Object[].class).setParameter("e", enrollment).getResultList()
                .forEach(r -> marks.put((Long) r[0], (AttendanceStatus) r[1]));
        // every lesson of the cohort: the rule counts a lesson before the enrolment when it earns full credit
        // (values, not entities: issue 24)
        List<Object[]> lessons = em.createQuery("select l.id, l.date, l.state, l.startTime, l.endTime, l.topic "
                        + "from Lesson l where l.cohort = :c order by l.date, l.startTime", Object[].class)
                .setParameter("c", c).getResultList();
        List<AttendanceShare.LessonFact> facts = new ArrayList<>(lessons.size());
        List<MyProgress.Day> days = new ArrayList<>();
        List<MyProgress.NextLesson> next = new ArrayList<>();
        for (Object[] lesson : lessons) {
            long lessonId = (Long) lesson[0];
            LocalDate date = (LocalDate) lesson[1];
            LessonState state = (LessonState) lesson[2];
            LocalTime start = (LocalTime) lesson[3];
            LocalTime end = (LocalTime) lesson[4];
            facts.add(new AttendanceShare.LessonFact(lessonId, date, state));
            if (state == LessonState.CANCELLED || date.isBefore(enrollment.getEnrolledOn())) {
                continue;
            }
            if (state == LessonState.HELD) {
                AttendanceStatus status = marks.getOrDefault(lessonId, AttendanceStatus.ABSENT);
                days.add(new MyProgress.Day(date, MyProgress.Mark.valueOf(status.name())));
            } else {
                boolean coming = date.isAfter(today) || (date.equals(today) && end.isAfter(now));
                if (!date.isBefore(today)) {
                    // a past lesson nobody took attendance for is neither "came" nor "to come": no dot
                    days.add(new MyProgress.Day(date, MyProgress.Mark.PLANNED));
                }
                if (coming && next.size() < NEXT_LESSONS && enrollment.getStatus() == EnrollmentStatus.ENROLLED) {
                    next.add(new MyProgress.NextLesson(date, start, end, c.getLocation().getName(),
                            c.getLocation().getAddress(), wording.topic((String) lesson[5])));
                }
            }
        }
        MyProgress.Attendance attendance = attendance(cohort.rule(), row.progress().attendance(), facts, enrollment,
                marks);
        List<MyProgress.Module> modules = cohort.modules().stream()
                .map(m -> {
                    List<MyProgress.Exercise> exercises = m.exercises().stream()
                            .map(e -> new MyProgress.Exercise(e.id(), wording.exerciseTitle(e.id(), e.title()),
                                    e.mandatory(), row.state(e.id())))
                            .toList();
                    int done = (int) exercises.stream().filter(MyProgress.Exercise::isDone).count();
                    return new MyProgress.Module(m.id(), wording.moduleTitle(m.id(), m.title()), done, exercises);
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
        return new MyProgress.Course(enrollment.getId(), wording.courseTitle(cohort.courseTitle()),
                cohort.cohortName(), row.progress(), attendance, days, modules, next, certificate, open,
                missing(row, wording));
    }

    /**
     * What is still missing, with each exercise's title in the reader's language; an exercise the learner reported
     * is waiting for the trainer, not "not done".
     */
    static List<MyProgress.Missing> missing(CohortProgress.Row row, CourseWording wording) {
        List<MyProgress.Missing> lines = new ArrayList<>();
        for (LearnerProgress.Missing m : row.progress().missing()) {
            if (m.exerciseId() == null) {
                lines.add(new MyProgress.Missing(m.key(), m.args(), null));
            } else {
                String german = String.valueOf(m.args().get(0));
                boolean reported = row.state(m.exerciseId()) == CompletionState.PENDING;
                lines.add(new MyProgress.Missing(reported ? "kiosk.missing.waiting" : m.key(), m.args(),
                        wording.exerciseTitle(m.exerciseId(), german)));
            }
        }
        return lines;
    }
}
