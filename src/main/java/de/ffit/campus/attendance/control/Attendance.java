package de.ffit.campus.attendance.control;

import de.ffit.campus.attendance.entity.AttendanceRecord;
import de.ffit.campus.audit.control.AuditTrail;
import de.ffit.campus.audit.entity.AuditEvent;
import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.cohort.entity.Lesson;
import de.ffit.campus.cohort.entity.LessonState;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.security.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Taking attendance. Trainers of the cohort and coordinators of the organisation may do it. Saves of one lesson
 * are serialised by a lock on the lesson, so two trainers saving at the same moment are merged or told of the
 * conflict, never silently overwritten; every change goes into the audit trail in the same transaction.
 * The API's replace is {@link MarkReplacement}, a lesson's state {@link LessonStates}, the start page's lessons
 * {@link Agenda}, a cohort's learners × lessons {@link AttendanceOverview}.
 */
@Stateless
public class Attendance {

    public static final String SUBJECT = "Attendance";

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    LessonSheets sheets;

    @Inject
    Cohorts cohorts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public static String context(long lessonId) {
        return "lesson:" + lessonId;
    }

    public AttendanceSheet sheet(Actor actor, Long lessonId) {
        return sheets.sheetOf(cohorts.findLesson(actor, lessonId));
    }

    /**
     * Saves what the trainer changed on the page. Marks a colleague changed meanwhile on other learners stay as
     * they are (merge); a learner both changed is a conflict, returned with both values for the trainer to decide,
     * while every change that clashes with nobody is saved all the same.
     */
    public SaveOutcome save(Actor actor, Long lessonId, List<Change> changes) {
        Lesson lesson = sheets.lockForWriting(actor, lessonId, true);
        return apply(actor, lesson, changes, true);
    }

    /** how long a device's save key is remembered: longer than a device keeps its copy (14 days unused) */
    static final int SUBMISSION_KEY_DAYS = 30;

    /**
     * A save a trainer's device queued (offline, or sent before its answer was lost), with the device's own
     * {@code key} for it: the same merge rules as {@link #save}, but a key that arrives again writes nothing and
     * answers as the first arrival did (its count), with the conflicts as they are now.
     */
    public SaveOutcome submit(Actor actor, Long lessonId, String key, List<Change> changes) {
        if (key == null || !key.matches("[A-Za-z0-9_-]{16,64}")) {
            throw CampusException.invalid("error.attendance.submissionKey", "key");
        }
        Lesson lesson = sheets.lockForWriting(actor, lessonId, true);
        // the lesson's lock serialises two arrivals of the same key: the second one finds the first one's row
        List<?> earlier = em.createNativeQuery("select saved, lesson_id, account from attendance_submission "
                + "where submission_key = ?").setParameter(1, key).getResultList();
        if (!earlier.isEmpty()) {
            Object[] row = (Object[]) earlier.get(0);
            if (((Number) row[1]).longValue() != lesson.getId() || !actor.username().equals(row[2])) {
                throw CampusException.conflict("error.attendance.submissionKey");
            }
            SaveOutcome now = apply(actor, lesson, changes, false);
            return new SaveOutcome(((Number) row[0]).intValue(), now.conflicts(), now.sheet(), true);
        }
        SaveOutcome outcome = apply(actor, lesson, changes, true);
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        em.createNativeQuery("delete from attendance_submission where lesson_id = ? and received_at < ?")
                .setParameter(1, lesson.getId()).setParameter(2, now.minusDays(SUBMISSION_KEY_DAYS)).executeUpdate();
        em.createNativeQuery("insert into attendance_submission (submission_key, lesson_id, account, saved, "
                        + "received_at) values (?, ?, ?, ?, ?)").setParameter(1, key).setParameter(2, lesson.getId())
                .setParameter(3, actor.username()).setParameter(4, outcome.saved()).setParameter(5, now)
                .executeUpdate();
        return outcome;
    }

    /** Sorts the changes into those to write and the conflicts; writes the former when {@code write}. */
    private SaveOutcome apply(Actor actor, Lesson lesson, List<Change> changes, boolean write) {
        Map<Long, Enrollment> enrollments = sheets.enrollments(lesson);
        Map<Long, AttendanceRecord> records = sheets.records(lesson);
        List<Change> wanted = changes.stream().filter(Change::isChange).toList();
        List<SaveOutcome.Conflict> conflicts = new ArrayList<>();
        List<Change> toWrite = new ArrayList<>();
        for (Change change : wanted) {
            Enrollment enrollment = LessonSheets.enrollmentOf(enrollments, change.enrollmentId(), "enrollmentId");
            AttendanceRecord current = records.get(change.enrollmentId());
            Long currentVersion = current == null ? null : current.getVersion();
            if (Objects.equals(currentVersion, change.baseVersion())) {
                toWrite.add(change);
            } else if (current != null && current.getStatus() == change.status()
                    && Change.same(current.getNote(), change.note())) {
                // a colleague saved the very same mark (or this is a save arriving twice): nothing to decide
                continue;
            } else {
                conflicts.add(new SaveOutcome.Conflict(change.enrollmentId(), enrollment.getLearner().getName(),
                        change.status(), change.note(), current == null ? null : current.getStatus(),
                        current == null ? null : current.getNote(), current == null ? null : current.getRecordedBy(),
                        current == null ? null : current.getRecordedAt(), currentVersion));
            }
        }
        if (!write || toWrite.isEmpty()) {
            return new SaveOutcome(0, conflicts, sheets.sheetOf(lesson), false);
        }
        for (Change change : toWrite) {
            sheets.write(actor, lesson, enrollments.get(change.enrollmentId()), records.get(change.enrollmentId()),
                    change.status(), change.note());
        }
        sheets.held(actor, lesson);
        em.flush();
        sheets.counted(toWrite.size());
        return new SaveOutcome(toWrite.size(), conflicts, sheets.sheetOf(lesson), false);
    }

    /** how far ahead a trainer's device keeps lessons for taking attendance without a network */
    public static final int DEVICE_DAYS_AHEAD = 14;

    /**
     * What a trainer's device keeps for taking attendance offline: the lessons of the cohorts the actor teaches
     * from today to {@value #DEVICE_DAYS_AHEAD} days ahead, and those of the last {@value Agenda#OPEN_DAYS} days
     * whose attendance was never taken; cancelled lessons are left out.
     */
    public List<AttendanceSheet> deviceLessons(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        List<Lesson> lessons = em.createQuery("select l from Lesson l join fetch l.cohort c join fetch c.location "
                        + "where c.organisation.id = :org and l.state <> :cancelled "
                        + "and exists (select t from Cohort k join k.trainers t where k = c and t.id = :account) "
                        + "and ((l.date between :today and :ahead) or (l.date between :back and :today "
                        + "and not exists (select a from AttendanceRecord a where a.lesson = l))) "
                        + "order by l.date, l.startTime", Lesson.class)
                .setParameter("org", actor.organisationId()).setParameter("cancelled", LessonState.CANCELLED)
                .setParameter("account", actor.accountId()).setParameter("today", today)
                .setParameter("ahead", today.plusDays(DEVICE_DAYS_AHEAD))
                .setParameter("back", today.minusDays(Agenda.OPEN_DAYS)).getResultList();
        if (lessons.isEmpty()) {
            return List.of();
        }
        // every staff page refreshes the copy: the marks of all these lessons in one query, each cohort's
        // learners once, not two queries per lesson
        Map<Long, Map<Long, AttendanceRecord>> marks = new HashMap<>();
        em.createQuery("select a from AttendanceRecord a where a.lesson in :lessons", AttendanceRecord.class)
                .setParameter("lessons", lessons).getResultList()
                .forEach(a -> marks.computeIfAbsent(a.getLesson().getId(), k -> new HashMap<>())
                        .put(a.getEnrollment().getId(), a));
        Map<Long, Map<Long, Enrollment>> learners = new HashMap<>();
        return lessons.stream().map(l -> LessonSheets.sheetOf(l, marks.getOrDefault(l.getId(), Map.of()),
                learners.computeIfAbsent(l.getCohort().getId(), k -> sheets.enrollments(l)))).toList();
    }

    public List<AuditEvent> history(Actor actor, Long lessonId) {
        Lesson lesson = cohorts.findLesson(actor, lessonId);
        return audit.history(actor, context(lesson.getId()), 500);
    }
}
