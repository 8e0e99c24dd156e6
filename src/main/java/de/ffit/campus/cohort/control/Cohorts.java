package de.ffit.campus.cohort.control;

import de.ffit.campus.account.entity.UserAccount;
import de.ffit.campus.audit.control.AuditTrail;
import de.ffit.campus.audit.entity.AuditAction;
import de.ffit.campus.cohort.entity.Cohort;
import de.ffit.campus.cohort.entity.CohortPhase;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.cohort.entity.EnrollmentStatus;
import de.ffit.campus.cohort.entity.Lesson;
import de.ffit.campus.course.entity.Course;
import de.ffit.campus.learner.entity.Learner;
import de.ffit.campus.organisation.entity.Location;
import de.ffit.campus.organisation.entity.Organisation;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.persistence.Like;
import de.ffit.campus.platform.persistence.Scoped;
import de.ffit.campus.platform.security.Actor;
import de.ffit.campus.platform.validation.Drafts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Cohorts, their lessons and enrolments. Coordinators see and change all of their organisation's cohorts;
 * a trainer sees only the cohorts they teach.
 */
@Stateless
public class Cohorts {

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    Drafts drafts;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public List<CohortSummary> list(Actor actor) {
        // grouped queries: lessons and participants are counted by the database, not loaded
        String jpql = "select new de.ffit.campus.cohort.control.CohortSummary(c.id, c.name, co.title, lo.name, "
                + "min(l.date), max(l.date), count(distinct l.id)) "
                + "from Cohort c join c.course co join c.location lo left join c.lessons l "
                + "where c.organisation.id = :org"
                + (actor.isCoordinator() ? "" : " and exists (select t from Cohort k join k.trainers t "
                        + "where k = c and t.id = :account)")
                + " group by c.id, c.name, co.title, lo.name";
        var query = em.createQuery(jpql, CohortSummary.class)
                .setParameter("org", actor.organisationId());
        if (!actor.isCoordinator()) {
            query.setParameter("account", actor.accountId());
        }
        Map<Long, Long> participants = new HashMap<>();
        for (Object row : em.createNativeQuery("select e.cohort_id, count(*) from enrollment e "
                        + "join cohort c on c.id = e.cohort_id where c.organisation_id = ? and " + Participation.IN_COHORT
                        + " group by e.cohort_id").setParameter(1, actor.organisationId()).getResultList()) {
            Object[] cells = (Object[]) row;
            participants.put(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue());
        }
        Map<Long, Long> enrolled = new HashMap<>();
        for (Object row : em.createNativeQuery("select e.cohort_id, count(*) from enrollment e "
                        + "join cohort c on c.id = e.cohort_id where c.organisation_id = ? and e.status = 'ENROLLED' "
                        + "group by e.cohort_id").setParameter(1, actor.organisationId()).getResultList()) {
            Object[] cells = (Object[]) row;
            enrolled.put(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue());
        }
        LocalDate today = today();
        return query.getResultList().stream().map(s -> s.on(today, participants.getOrDefault(s.id(), 0L),
                        enrolled.getOrDefault(s.id(), 0L)))
                .sorted(Comparator.comparing(CohortSummary::phase)
                        .thenComparing(CohortSummary::firstDay, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(CohortSummary::name))
                .toList();
    }

    /**
     * The learners who take part in the cohort (see {@link Participation}), by where they stand now: the number
     * the cohort list shows, and what it is made of.
     */
    public CohortParticipants participants(Actor actor, Long cohortId) {
        Cohort cohort = find(actor, cohortId);
        Map<EnrollmentStatus, Long> by = new EnumMap<>(EnrollmentStatus.class);
        for (Object row : em.createNativeQuery("select e.status, count(*) from enrollment e "
                        + "join cohort c on c.id = e.cohort_id where c.id = ? and " + Participation.IN_COHORT
                        + " group by e.status").setParameter(1, cohort.getId()).getResultList()) {
            Object[] cells = (Object[]) row;
            by.put(EnrollmentStatus.valueOf((String) cells[0]), ((Number) cells[1]).longValue());
        }
        long beforeStart = cohort.getEnrollments().stream()
                .filter(e -> e.getStatus() == EnrollmentStatus.WITHDRAWN).count()
                - by.getOrDefault(EnrollmentStatus.WITHDRAWN, 0L);
        return new CohortParticipants(by.getOrDefault(EnrollmentStatus.ENROLLED, 0L),
                by.getOrDefault(EnrollmentStatus.GRADUATED, 0L), by.getOrDefault(EnrollmentStatus.WITHDRAWN, 0L),
                beforeStart);
    }

    /** The cohort, if the actor may see it: coordinators every one of their organisation, trainers their own. */
    public Cohort find(Actor actor, Long id) {
        Cohort cohort = Scoped.find(em, Cohort.class, id, "organisation", actor.organisationId(), "record.cohort");
        if (!actor.isCoordinator() && !cohort.isTaughtBy(actor.accountId())) {
            throw CampusException.notFound("record.cohort");
        }
        return cohort;
    }

    public Cohort create(Actor actor, CohortDraft draft) {
        actor.requireCoordinator();
        drafts.check(draft);
        if (draft.getCourseId() == null) {
            throw CampusException.invalid("error.required", "courseId",
                    new CampusException.MessageKey("field.courseId"));
        }
        requireUniqueName(actor, draft.getName(), null);
        Course course = Scoped.find(em, Course.class, draft.getCourseId(), "organisation", actor.organisationId(),
                "record.course");
        Cohort cohort = new Cohort(em.find(Organisation.class, actor.organisationId()), course,
                location(actor, draft.getLocationId()), draft.getName(), LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        cohort.assignTrainers(trainers(actor, draft.getTrainerIds()));
        if (draft.getSchedule() != null) {
            cohort.planLessons(draft.getSchedule().schedule(), draft.getSchedule().getTopic());
        }
        em.persist(cohort);
        Scoped.flush(em, "cohortName", draft.getName());
        audit.record(actor, "Cohort", cohort.getId(), context(cohort), AuditAction.CREATED, null, values(cohort));
        return cohort;
    }

    public Cohort update(Actor actor, Long id, CohortDraft draft) {
        actor.requireCoordinator();
        drafts.check(draft);
        Cohort cohort = find(actor, id);
        Scoped.requireVersion(cohort.getVersion(), draft.getVersion());
        if (draft.getCourseId() != null && !draft.getCourseId().equals(cohort.getCourse().getId())) {
            throw CampusException.invalid("error.cohort.courseFixed", "courseId");
        }
        requireUniqueName(actor, draft.getName(), id);
        Map<String, String> before = values(cohort);
        cohort.rename(draft.getName());
        cohort.moveTo(location(actor, draft.getLocationId()));
        cohort.assignTrainers(trainers(actor, draft.getTrainerIds()));
        Scoped.flush(em, "cohortName", draft.getName());
        Map<String, String> after = values(cohort);
        if (!before.equals(after)) {
            audit.record(actor, "Cohort", cohort.getId(), context(cohort), AuditAction.CHANGED, before, after);
        }
        return cohort;
    }

    /** Plans more lessons from a weekly schedule; dates that already have a lesson at that time are skipped. */
    public List<Lesson> planLessons(Actor actor, Long cohortId, ScheduleDraft draft) {
        actor.requireCoordinator();
        drafts.check(draft);
        Cohort cohort = find(actor, cohortId);
        List<Lesson> added = cohort.planLessons(draft.schedule(), draft.getTopic());
        em.flush();
        return added;
    }

    public Lesson addLesson(Actor actor, Long cohortId, LessonDraft draft) {
        actor.requireCoordinator();
        drafts.check(draft);
        Cohort cohort = find(actor, cohortId);
        Lesson lesson = cohort.addLesson(draft.getDate(), draft.getStart(), draft.getEnd(), draft.getTopic());
        if (draft.getState() != null) {
            lesson.enterAs(draft.getState());
        }
        Scoped.flush(em, "lesson", draft.getDate());
        return lesson;
    }

    public Lesson findLesson(Actor actor, Long lessonId) {
        Lesson lesson = Scoped.find(em, Lesson.class, lessonId, "cohort.organisation", actor.organisationId(),
                "record.lesson");
        if (!actor.isCoordinator() && !lesson.getCohort().isTaughtBy(actor.accountId())) {
            throw CampusException.notFound("record.lesson");
        }
        return lesson;
    }

    public Lesson updateLesson(Actor actor, Long lessonId, LessonDraft draft) {
        actor.requireCoordinator();
        drafts.check(draft);
        Lesson lesson = findLesson(actor, lessonId);
        Scoped.requireVersion(lesson.getVersion(), draft.getVersion());
        boolean stateChanges = draft.getState() != null && draft.getState() != lesson.getState();
        long marks = 0;
        if (stateChanges) {
            // the same lock attendance saves take: no mark can slip in between this count and the change
            em.lock(lesson, LockModeType.PESSIMISTIC_WRITE);
            marks = attendanceCount(lesson);
        }
        // moved first, so that the lesson judges a change of state by the date it is going to have
        lesson.getCohort().rescheduleLesson(lesson, draft.getDate(), draft.getStart(), draft.getEnd());
        if (stateChanges) {
            lesson.changeState(draft.getState(), today(), marks);
        }
        lesson.changeTopic(draft.getTopic());
        Scoped.flush(em, "lesson", draft.getDate());
        return lesson;
    }

    /** Removes a lesson that has no attendance yet; one with attendance can only be cancelled. */
    public void removeLesson(Actor actor, Long lessonId) {
        actor.requireCoordinator();
        Lesson lesson = findLesson(actor, lessonId);
        long marks = attendanceCount(lesson);
        if (marks > 0) {
            throw CampusException.conflict("error.lesson.hasAttendance", marks);
        }
        lesson.getCohort().removeLesson(lesson);
        em.flush();
    }

    private long attendanceCount(Lesson lesson) {
        return em.createQuery("select count(a) from AttendanceRecord a where a.lesson = :l", Long.class)
                .setParameter("l", lesson).getSingleResult();
    }

    public List<Enrollment> enrollments(Actor actor, Long cohortId) {
        Cohort cohort = find(actor, cohortId);
        return em.createQuery("select e from Enrollment e join fetch e.learner where e.cohort = :c "
                + "order by e.learner.name", Enrollment.class).setParameter("c", cohort).getResultList();
    }

    public Enrollment enrol(Actor actor, Long cohortId, Long learnerId) {
        actor.requireCoordinator();
        Cohort cohort = find(actor, cohortId);
        Learner learner = Scoped.find(em, Learner.class, learnerId, "organisation", actor.organisationId(),
                "record.learner");
        Enrollment enrollment = cohort.enrol(learner, today());
        Scoped.flush(em, "enrollment", learner.getName());
        audit.record(actor, "Enrollment", enrollment.getId(), context(cohort), AuditAction.CREATED, null,
                values(enrollment));
        return enrollment;
    }

    public Enrollment findEnrollment(Actor actor, Long enrollmentId) {
        Enrollment enrollment = Scoped.find(em, Enrollment.class, enrollmentId, "cohort.organisation",
                actor.organisationId(), "record.enrollment");
        if (!actor.isCoordinator() && !enrollment.getCohort().isTaughtBy(actor.accountId())) {
            throw CampusException.notFound("record.enrollment");
        }
        return enrollment;
    }

    public Enrollment withdraw(Actor actor, Long enrollmentId, String reason) {
        actor.requireCoordinator();
        Enrollment enrollment = findEnrollment(actor, enrollmentId);
        Map<String, String> before = values(enrollment);
        enrollment.withdraw(today(), reason);
        em.flush();
        audit.record(actor, "Enrollment", enrollment.getId(), context(enrollment.getCohort()), AuditAction.CHANGED,
                before, values(enrollment));
        return enrollment;
    }

    private static String context(Cohort cohort) {
        return "cohort:" + cohort.getId();
    }

    /** what the audit trail keeps of a cohort: trainers by account id */
    private static Map<String, String> values(Cohort cohort) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", cohort.getName());
        values.put("course", String.valueOf(cohort.getCourse().getId()));
        values.put("location", cohort.getLocation() == null ? null : String.valueOf(cohort.getLocation().getId()));
        values.put("trainers", cohort.getTrainers().stream().map(t -> String.valueOf(t.getId())).sorted()
                .collect(Collectors.joining(" ")));
        return values;
    }

    /** an enrolment names its learner by id (the learner's own events carry the name) */
    private static Map<String, String> values(Enrollment enrollment) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("learner", String.valueOf(enrollment.getLearner().getId()));
        values.put("status", enrollment.getStatus().name());
        values.put("withdrawnOn", enrollment.getWithdrawnOn() == null ? null
                : enrollment.getWithdrawnOn().toString());
        values.put("withdrawalReason", enrollment.getWithdrawalReason());
        return values;
    }

    /** The enrolments of one learner, newest cohort first. */
    public List<Enrollment> enrollmentsOf(Actor actor, Long learnerId) {
        actor.requireCoordinator();
        Learner learner = Scoped.find(em, Learner.class, learnerId, "organisation", actor.organisationId(),
                "record.learner");
        return em.createQuery("select e from Enrollment e join fetch e.cohort where e.learner = :l "
                + "order by e.enrolledOn desc", Enrollment.class).setParameter("l", learner).getResultList();
    }

    /** Cohorts a learner can still be enrolled in: not finished yet. */
    public List<CohortSummary> open(Actor actor) {
        return list(actor).stream().filter(s -> s.phase() != CohortPhase.FINISHED)
                .toList();
    }

    public CohortChoices choices(Actor actor) {
        actor.requireCoordinator();
        long org = actor.organisationId();
        return new CohortChoices(
                options("select c.id, c.title from Course c where c.organisation.id = :org order by c.title", org),
                options("select l.id, l.name from Location l where l.organisation.id = :org order by l.name", org),
                options("select a.id, a.displayName from UserAccount a where a.organisation.id = :org "
                        + "and a.active = true order by a.displayName", org));
    }

    private List<CohortChoices.Option> options(String jpql, long org) {
        return em.createQuery(jpql, Object[].class).setParameter("org", org).getResultList().stream()
                .map(row -> new CohortChoices.Option((Long) row[0], (String) row[1])).toList();
    }

    /** How many learners a search shows at a time. */
    public static final int CANDIDATES_PAGE = 20;

    /** The first page of {@link #enrollable(Actor, Long, String, int)}, as learners. */
    public List<Learner> enrollable(Actor actor, Long cohortId, String query) {
        return enrollable(actor, cohortId, query, 0).candidates().stream().map(EnrolmentCandidates.Candidate::learner)
                .toList();
    }

    /**
     * Learners of the organisation matching the query (name, name in original script, code) who are not (actively)
     * in this cohort yet, {@link #CANDIDATES_PAGE} from {@code first} on, with how many match in all and, for each,
     * the other cohorts they are in that are running now.
     */
    public EnrolmentCandidates enrollable(Actor actor, Long cohortId, String query, int first) {
        actor.requireCoordinator();
        Cohort cohort = find(actor, cohortId);
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        String where = " from Learner l where l.organisation.id = :org and l.erasedAt is null "
                + "and (lower(l.name) like :q" + Like.ESCAPE + " or lower(l.nameOriginal) like :q" + Like.ESCAPE
                + " or lower(l.code) = :code) "
                + "and not exists (select e from Enrollment e where e.learner = l and e.cohort = :cohort "
                + "and e.status <> :withdrawn)";
        long total = bindCandidates(em.createQuery("select count(l)" + where, Long.class), actor, q, cohort)
                .getSingleResult();
        int from = Math.max(0, Math.min(first, (int) Math.min(total, Integer.MAX_VALUE)));
        List<Learner> page = bindCandidates(em.createQuery("select l" + where + " order by l.name, l.id",
                Learner.class), actor, q, cohort).setFirstResult(from).setMaxResults(CANDIDATES_PAGE).getResultList();
        Map<Long, List<String>> running = runningCohorts(page, cohort);
        return new EnrolmentCandidates(page.stream().map(l -> new EnrolmentCandidates.Candidate(l,
                running.getOrDefault(l.getId(), List.of()))).toList(), from, total);
    }

    private <T> TypedQuery<T> bindCandidates(TypedQuery<T> query, Actor actor,
            String q, Cohort cohort) {
        return query.setParameter("org", actor.organisationId()).setParameter("q", Like.containing(q))
                .setParameter("code", q.replaceAll("[\\s-]", "")).setParameter("cohort", cohort)
                .setParameter("withdrawn", EnrollmentStatus.WITHDRAWN);
    }

    /** The names of the other cohorts running today that each of these learners is enrolled in. */
    private Map<Long, List<String>> runningCohorts(List<Learner> learners, Cohort except) {
        Map<Long, List<String>> running = new HashMap<>();
        if (learners.isEmpty()) {
            return running;
        }
        LocalDate today = today();
        List<Object[]> rows = em.createQuery("select e.learner.id, c.name, min(l.date), max(l.date) "
                        + "from Enrollment e join e.cohort c join c.lessons l where e.learner in :learners "
                        + "and e.status = :enrolled and c <> :except group by e.learner.id, c.id, c.name "
                        + "order by c.name", Object[].class)
                .setParameter("learners", learners).setParameter("enrolled", EnrollmentStatus.ENROLLED)
                .setParameter("except", except).getResultList();
        for (Object[] row : rows) {
            if (CohortPhase.of((LocalDate) row[2], (LocalDate) row[3], today)
                    == CohortPhase.RUNNING) {
                running.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
            }
        }
        return running;
    }

    /**
     * Freezes the cohort's rule if it is not frozen yet: the cohort has started. The cohort row is locked and
     * read again first, so two trainers starting it at the same moment freeze it once, without a clash.
     */
    public void started(Cohort cohort) {
        if (cohort.getRuleFrozenOn().isEmpty()) {
            em.lock(cohort, LockModeType.PESSIMISTIC_WRITE);
            cohort.freezeRule(today());
        }
    }

    private Location location(Actor actor, Long id) {
        return Scoped.find(em, Location.class, id, "organisation", actor.organisationId(), "record.location");
    }

    private List<UserAccount> trainers(Actor actor, List<Long> ids) {
        List<UserAccount> found = new ArrayList<>();
        for (Long id : ids) {
            found.add(Scoped.find(em, UserAccount.class, id, "organisation", actor.organisationId(),
                    "record.account"));
        }
        return found;
    }

    private void requireUniqueName(Actor actor, String name, Long except) {
        long clashes = em.createQuery("select count(c) from Cohort c where c.organisation.id = :org "
                        + "and lower(c.name) = lower(:name) and c.id <> :except", Long.class)
                .setParameter("org", actor.organisationId()).setParameter("name", name.strip())
                .setParameter("except", except == null ? 0L : except).getSingleResult();
        if (clashes > 0) {
            throw CampusException.duplicate("cohortName", name.strip());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
