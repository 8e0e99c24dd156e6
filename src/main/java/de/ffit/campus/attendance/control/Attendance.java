package de.ffit.campus.attendance.control;

import de.ffit.campus.attendance.entity.AttendanceRecord;
import de.ffit.campus.attendance.entity.AttendanceShare;
import de.ffit.campus.attendance.entity.AttendanceStatus;
import de.ffit.campus.audit.control.AuditTrail;
import de.ffit.campus.audit.entity.AuditAction;
import de.ffit.campus.audit.entity.AuditEvent;
import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.cohort.entity.Lesson;
import de.ffit.campus.cohort.entity.LessonState;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.metrics.BusinessEvent;
import de.ffit.campus.platform.security.Actor;
import jakarta.ejb.Stateless;
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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Taking attendance. Trainers of the cohort and coordinators of the organisation may do it. Saves of one lesson
 * are serialised by a lock on the lesson, so two trainers saving at the same moment are merged or told of the
 * conflict, never silently overwritten; every change goes into the audit trail in the same transaction.
 */
@Stateless
public class Attendance {

    public static final String SUBJECT = "Attendance";
    /** {@code If-Match: *}: whatever the marks are now */
    public static final String ANY_VERSION = "*";

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    Cohorts cohorts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<BusinessEvent> counted;

    public static String context(long lessonId) {
        return "lesson:" + lessonId;
    }

    public AttendanceSheet sheet(Actor actor, Long lessonId) {
        return sheetOf(cohorts.findLesson(actor, lessonId));
    }

    /**
     * Saves what the trainer changed on the page. Marks a colleague changed meanwhile on other learners stay as
     * they are (merge); a learner both changed is a conflict, returned with both values for the trainer to decide,
     * while every change that clashes with nobody is saved all the same.
     */
    public SaveOutcome save(Actor actor, Long lessonId, List<Change> changes) {
        Lesson lesson = lockForWriting(actor, lessonId);
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
        Lesson lesson = lockForWriting(actor, lessonId);
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
        Map<Long, Enrollment> enrollments = enrollments(lesson);
        Map<Long, AttendanceRecord> records = records(lesson);
        List<Change> wanted = changes.stream().filter(Change::isChange).toList();
        List<SaveOutcome.Conflict> conflicts = new ArrayList<>();
        List<Change> toWrite = new ArrayList<>();
        for (Change change : wanted) {
            Enrollment enrollment = enrollmentOf(enrollments, change.enrollmentId(), "enrollmentId");
            AttendanceRecord current = records.get(change.enrollmentId());
            Long currentVersion = current == null ? null : current.getVersion();
            if (java.util.Objects.equals(currentVersion, change.baseVersion())) {
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
            return new SaveOutcome(0, conflicts, sheetOf(lesson), false);
        }
        for (Change change : toWrite) {
            write(actor, lesson, enrollments.get(change.enrollmentId()), records.get(change.enrollmentId()),
                    change.status(), change.note());
        }
        held(actor, lesson);
        em.flush();
        counted(toWrite.size());
        return new SaveOutcome(toWrite.size(), conflicts, sheetOf(lesson), false);
    }

    /**
     * Sets the given marks if the sheet is still at {@code expectedVersion} (the API's If-Match); marks of
     * learners not listed stay as they are.
     */
    public AttendanceSheet replace(Actor actor, Long lessonId, String expectedVersion, List<Mark> marks) {
        Lesson lesson = lockForWriting(actor, lessonId);
        Map<Long, AttendanceRecord> records = records(lesson);
        if (expectedVersion == null
                || !(ANY_VERSION.equals(expectedVersion) || expectedVersion.equals(version(records.values())))) {
            throw CampusException.preconditionFailed();
        }
        Map<Long, Enrollment> enrollments = enrollments(lesson);
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
            Enrollment enrollment = enrollmentOf(enrollments, mark.enrollmentId(), field + ".enrollmentId");
            if (mark.learnerId() != null && !mark.learnerId().equals(enrollment.getLearner().getId())) {
                throw CampusException.invalid("error.attendance.notEnrolled", field + ".learnerId");
            }
        }
        int written = 0;
        for (Mark mark : marks) {
            AttendanceRecord current = records.get(mark.enrollmentId());
            if (current == null || current.getStatus() != mark.status() || !Change.same(current.getNote(), mark.note())) {
                write(actor, lesson, enrollments.get(mark.enrollmentId()), current, mark.status(), mark.note());
                written++;
            }
        }
        held(actor, lesson);
        em.flush();
        counted(written);
        return sheetOf(lesson);
    }

    /** Held or cancelled (or planned again); a lesson with marks stays held. */
    public AttendanceSheet changeLessonState(Actor actor, Long lessonId, LessonState state) {
        Lesson lesson = lockForWriting(actor, lessonId, false);
        if (state == null || state == lesson.getState()) {
            return sheetOf(lesson);
        }
        LessonState before = lesson.getState();
        lesson.changeState(state, LocalDate.now(clock), records(lesson).size());
        audit.record(actor, "Lesson", lesson.getId(), context(lesson.getId()), AuditAction.CHANGED,
                Map.of("state", before.name()), Map.of("state", state.name()));
        em.flush();
        return sheetOf(lesson);
    }

    /**
     * The start page's lessons: for each of the actor's cohorts today's lesson, else the next one; then the
     * lessons of the last {@value #OPEN_DAYS} days whose attendance was never taken.
     */
    public List<AgendaItem> agenda(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        String jpql = "select l from Lesson l join fetch l.cohort c join fetch c.location "
                + "where c.organisation.id = :org and l.date between :from and :to and l.state <> :cancelled"
                + (actor.isCoordinator() ? "" : " and exists (select t from Cohort k join k.trainers t "
                        + "where k = c and t.id = :account)")
                + " order by l.date, l.startTime";
        var query = em.createQuery(jpql, Lesson.class).setParameter("org", actor.organisationId())
                .setParameter("from", today.minusDays(OPEN_DAYS)).setParameter("to", today.plusDays(NEXT_DAYS))
                .setParameter("cancelled", LessonState.CANCELLED);
        if (!actor.isCoordinator()) {
            query.setParameter("account", actor.accountId());
        }
        List<Lesson> lessons = query.getResultList();
        Map<Long, Long> marked = lessons.isEmpty() ? Map.of() : em.createQuery("select a.lesson.id, count(a) "
                        + "from AttendanceRecord a where a.lesson in :lessons group by a.lesson.id", Object[].class)
                .setParameter("lessons", lessons).getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        List<AgendaItem> upcoming = new ArrayList<>();
        List<AgendaItem> open = new ArrayList<>();
        Set<Long> cohortsWithUpcoming = new HashSet<>();
        for (Lesson l : lessons) {
            long marks = marked.getOrDefault(l.getId(), 0L);
            if (!l.getDate().isBefore(today)) {
                if (cohortsWithUpcoming.add(l.getCohort().getId())) {
                    upcoming.add(item(l, marks, l.getDate().equals(today) ? AgendaItem.Kind.TODAY
                            : AgendaItem.Kind.NEXT));
                }
            } else if (l.getState() == LessonState.PLANNED && marks == 0) {
                open.add(item(l, marks, AgendaItem.Kind.OPEN));
            }
        }
        List<AgendaItem> agenda = new ArrayList<>(upcoming);
        agenda.addAll(open);
        return agenda;
    }

    /** how far ahead a trainer's device keeps lessons for taking attendance without a network */
    public static final int DEVICE_DAYS_AHEAD = 14;

    /**
     * What a trainer's device keeps for taking attendance offline: the lessons of the cohorts the actor teaches
     * from today to {@value #DEVICE_DAYS_AHEAD} days ahead, and those of the last {@value #OPEN_DAYS} days whose
     * attendance was never taken; cancelled lessons are left out.
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
                .setParameter("back", today.minusDays(OPEN_DAYS)).getResultList();
        if (lessons.isEmpty()) {
            return List.of();
        }
        // every staff page refreshes the copy: the marks of all these lessons in one query, each cohort's
        // learners once, not two queries per lesson
        Map<Long, Map<Long, AttendanceRecord>> marks = new java.util.HashMap<>();
        em.createQuery("select a from AttendanceRecord a where a.lesson in :lessons", AttendanceRecord.class)
                .setParameter("lessons", lessons).getResultList()
                .forEach(a -> marks.computeIfAbsent(a.getLesson().getId(), k -> new java.util.HashMap<>())
                        .put(a.getEnrollment().getId(), a));
        Map<Long, Map<Long, Enrollment>> learners = new java.util.HashMap<>();
        return lessons.stream().map(l -> sheetOf(l, marks.getOrDefault(l.getId(), Map.of()),
                learners.computeIfAbsent(l.getCohort().getId(), k -> enrollments(l)))).toList();
    }

    static final int OPEN_DAYS = 30;
    static final int NEXT_DAYS = 60;

    private static AgendaItem item(Lesson l, long marks, AgendaItem.Kind kind) {
        return new AgendaItem(l.getId(), l.getCohort().getId(), l.getCohort().getName(),
                l.getCohort().getLocation().getName(), l.getDate(), l.getStartTime(), l.getEndTime(), l.getTopic(),
                l.getState(), marks, kind);
    }

    /** Learners × lessons of a cohort, with each learner's share and standing under the course's rule. */
    public CohortAttendance overview(Actor actor, Long cohortId) {
        var cohort = cohorts.find(actor, cohortId);
        var rule = cohort.getCourse().getRule();
        List<Lesson> lessons = cohort.getLessons();
        List<AttendanceShare.LessonFact> facts = lessons.stream()
                .map(l -> new AttendanceShare.LessonFact(l.getId(), l.getDate(), l.getState())).toList();
        Map<Long, Map<Long, AttendanceStatus>> marks = new java.util.HashMap<>();
        em.createQuery("select a.enrollment.id, a.lesson.id, a.status from AttendanceRecord a "
                        + "where a.lesson.cohort = :c", Object[].class)
                .setParameter("c", cohort).getResultList()
                .forEach(row -> marks.computeIfAbsent((Long) row[0], k -> new java.util.HashMap<>())
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

    public List<AuditEvent> history(Actor actor, Long lessonId) {
        Lesson lesson = cohorts.findLesson(actor, lessonId);
        return audit.history(actor, context(lesson.getId()), 500);
    }

    private Lesson lockForWriting(Actor actor, Long lessonId) {
        return lockForWriting(actor, lessonId, true);
    }

    /** Scope first (the actor must see the lesson), then lock it: saves of one lesson run one after the other. */
    private Lesson lockForWriting(Actor actor, Long lessonId, boolean forMarks) {
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

    private void held(Actor actor, Lesson lesson) {
        // the cohort has started: from now on its learners are judged by the rule as it is today
        cohorts.started(lesson.getCohort());
        if (lesson.getState() == LessonState.PLANNED) {
            lesson.markHeld();
            audit.record(actor, "Lesson", lesson.getId(), context(lesson.getId()), AuditAction.CHANGED,
                    Map.of("state", LessonState.PLANNED.name()), Map.of("state", LessonState.HELD.name()));
        }
    }

    /** counted on /metrics once the transaction commits; a save that changed nothing is no save */
    private void counted(int marks) {
        if (marks > 0) {
            counted.fire(BusinessEvent.one(BusinessEvent.Kind.ATTENDANCE_SAVE));
            counted.fire(new BusinessEvent(BusinessEvent.Kind.ATTENDANCE_MARK, marks));
        }
    }

    private void write(Actor actor, Lesson lesson, Enrollment enrollment, AttendanceRecord current,
            AttendanceStatus status, String note) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Map<String, String> after = values(enrollment, status, note);
        if (current == null) {
            em.persist(new AttendanceRecord(lesson, enrollment, status, note, actor.username(), now));
            audit.record(actor, SUBJECT, enrollment.getId(), context(lesson.getId()), AuditAction.CREATED, null,
                    after);
        } else {
            Map<String, String> before = values(enrollment, current.getStatus(), current.getNote());
            current.record(status, note, actor.username(), now);
            audit.record(actor, SUBJECT, enrollment.getId(), context(lesson.getId()), AuditAction.CHANGED, before,
                    after);
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

    private static Enrollment enrollmentOf(Map<Long, Enrollment> enrollments, Long id, String field) {
        Enrollment enrollment = id == null ? null : enrollments.get(id);
        if (enrollment == null) {
            throw CampusException.invalid("error.attendance.notEnrolled", field);
        }
        return enrollment;
    }

    private Map<Long, Enrollment> enrollments(Lesson lesson) {
        return em.createQuery("select e from Enrollment e join fetch e.learner l where e.cohort = :c "
                        + "order by l.name, e.id", Enrollment.class)
                .setParameter("c", lesson.getCohort()).getResultList().stream()
                .collect(Collectors.toMap(Enrollment::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private Map<Long, AttendanceRecord> records(Lesson lesson) {
        return em.createQuery("select a from AttendanceRecord a where a.lesson = :l", AttendanceRecord.class)
                .setParameter("l", lesson).getResultList().stream()
                .collect(Collectors.toMap(a -> a.getEnrollment().getId(), Function.identity()));
    }

    private AttendanceSheet sheetOf(Lesson lesson) {
        return sheetOf(lesson, records(lesson), enrollments(lesson));
    }

    private AttendanceSheet sheetOf(Lesson lesson, Map<Long, AttendanceRecord> records,
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
    static String version(java.util.Collection<AttendanceRecord> records) {
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
