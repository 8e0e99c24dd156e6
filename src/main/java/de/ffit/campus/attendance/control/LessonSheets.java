package de.ffit.campus.attendance.control;

import de.ffit.campus.attendance.entity.AttendanceRecord;
import de.ffit.campus.attendance.entity.AttendanceStatus;
import de.ffit.campus.audit.control.AuditTrail;
import de.ffit.campus.audit.entity.AuditAction;
import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.cohort.entity.Lesson;
import de.ffit.campus.cohort.entity.LessonState;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.metrics.BusinessEvent;
import de.ffit.campus.platform.security.Actor;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A lesson's sheet as the services that write marks share it: the lock on the lesson, reading its marks and
 * learners, writing one mark with its audit event, and the lesson held once marks exist. It joins the caller's
 * transaction, so the lock, the marks and their audit events still commit or roll back together.
 */
@Stateless
public class LessonSheets {

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    Cohorts cohorts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<BusinessEvent> counted;

    /** Scope first (the actor must see the lesson), then lock it: saves of one lesson run one after the other. */
    public Lesson lockForWriting(Actor actor, Long lessonId, boolean forMarks) {
        Lesson lesson = cohorts.findLesson(actor, lessonId);
        // SELECT ... FOR UPDATE, which also re-reads the lesson as the previous holder of the lock left it
        em.lock(lesson, LockModeType.PESSIMISTIC_WRITE);
        if (forMarks) {
            if (lesson.getState() == LessonState.CANCELLED) {
                throw CampusException.conflict("error.lesson.cancelled");
            }
            if (lesson.getDate().isAfter(LocalDate.now(clock))) {
                throw CampusException.conflict("error.attendance.future");
            }
        }
        return lesson;
    }

    public void held(Actor actor, Lesson lesson) {
        // the cohort has started: from now on its learners are judged by the rule as it is today
        cohorts.started(lesson.getCohort());
        if (lesson.getState() == LessonState.PLANNED) {
            lesson.markHeld();
            audit.record(actor, "Lesson", lesson.getId(), Attendance.context(lesson.getId()), AuditAction.CHANGED,
                    Map.of("state", LessonState.PLANNED.name()), Map.of("state", LessonState.HELD.name()));
        }
    }

    /** counted on /metrics once the transaction commits; a save that changed nothing is no save */
    public void counted(int marks) {
        if (marks > 0) {
            counted.fire(BusinessEvent.one(BusinessEvent.Kind.ATTENDANCE_SAVE));
            counted.fire(new BusinessEvent(BusinessEvent.Kind.ATTENDANCE_MARK, marks));
        }
    }

    public void write(Actor actor, Lesson lesson, Enrollment enrollment, AttendanceRecord current,
            AttendanceStatus status, String note) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Map<String, String> after = values(enrollment, status, note);
        if (current == null) {
            em.persist(new AttendanceRecord(lesson, enrollment, status, note, actor.username(), now));
            audit.record(actor, Attendance.SUBJECT, enrollment.getId(), Attendance.context(lesson.getId()),
                    AuditAction.CREATED, null, after);
        } else {
            Map<String, String> before = values(enrollment, current.getStatus(), current.getNote());
            current.record(status, note, actor.username(), now);
            audit.record(actor, Attendance.SUBJECT, enrollment.getId(), Attendance.context(lesson.getId()),
                    AuditAction.CHANGED, before, after);
        }
    }

    private static Map<String, String> values(Enrollment enrollment, AttendanceStatus status, String note) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("learner", enrollment.getLearner().getName());
        values.put("status", status.name());
        if (note != null && !note.isBlank()) {
            values.put("note", note.strip());
        }
        return values;
    }

    static Enrollment enrollmentOf(Map<Long, Enrollment> enrollments, Long id, String field) {
        Enrollment enrollment = id == null ? null : enrollments.get(id);
        if (enrollment == null) {
            throw CampusException.invalid("error.attendance.notEnrolled", field);
        }
        return enrollment;
    }

    public Map<Long, Enrollment> enrollments(Lesson lesson) {
        return em.createQuery("select e from Enrollment e join fetch e.learner l where e.cohort = :c "
                        + "order by l.name, e.id", Enrollment.class)
                .setParameter("c", lesson.getCohort()).getResultList().stream()
                .collect(Collectors.toMap(Enrollment::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public Map<Long, AttendanceRecord> records(Lesson lesson) {
        return em.createQuery("select a from AttendanceRecord a where a.lesson = :l", AttendanceRecord.class)
                .setParameter("l", lesson).getResultList().stream()
                .collect(Collectors.toMap(a -> a.getEnrollment().getId(), Function.identity()));
    }

    public AttendanceSheet sheetOf(Lesson lesson) {
        return sheetOf(lesson, records(lesson), enrollments(lesson));
    }

    static AttendanceSheet sheetOf(Lesson lesson, Map<Long, AttendanceRecord> records,
            Map<Long, Enrollment> enrollments) {
        List<AttendanceSheet.Row> rows = new ArrayList<>();
        for (Enrollment e : enrollments.values()) {
            AttendanceRecord record = records.get(e.getId());
            boolean gone = e.getWithdrawnOn() != null && !e.getWithdrawnOn().isAfter(lesson.getDate());
            if (gone && record == null) {
                continue;
            }
            rows.add(new AttendanceSheet.Row(e.getId(), e.getLearner().getId(), e.getLearner().getName(),
                    e.getLearner().getNameOriginal(), e.getLearner().getPreferredLanguage(),
                    e.getEnrolledOn().isAfter(lesson.getDate()), record == null ? null : record.getStatus(),
                    record == null ? null : record.getNote(), record == null ? null : record.getVersion(),
                    record == null ? null : record.getRecordedBy(), record == null ? null : record.getRecordedAt()));
        }
        return new AttendanceSheet(lesson.getId(), lesson.getCohort().getId(), lesson.getCohort().getName(),
                lesson.getCohort().getLocation().getName(),
                lesson.getCohort().getTrainers().stream().map(t -> t.getDisplayName()).sorted().toList(),
                lesson.getDate(), lesson.getStartTime(),
                lesson.getEndTime(), lesson.getTopic(), lesson.getState(), version(records.values()), rows);
    }

    /**
     * The version of a lesson's sheet, derived from its marks: it changes whenever a mark is added or changed,
     * with nothing stored for it.
     */
    static String version(Collection<AttendanceRecord> records) {
        TreeMap<Long, Long> sorted = new TreeMap<>();
        for (AttendanceRecord r : records) {
            sorted.put(r.getEnrollment().getId(), r.getVersion());
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sorted.forEach((enrollment, version) -> sha.update((enrollment + ":" + version + ";")
                    .getBytes(StandardCharsets.US_ASCII)));
            return records.size() + "-" + HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
