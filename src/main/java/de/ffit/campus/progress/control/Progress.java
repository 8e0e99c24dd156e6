package de.ffit.campus.progress.control;

import de.ffit.campus.attendance.entity.AttendanceShare;
import de.ffit.campus.attendance.entity.AttendanceStatus;
import de.ffit.campus.audit.control.AuditTrail;
import de.ffit.campus.audit.entity.AuditAction;
import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.entity.Cohort;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.cohort.entity.EnrollmentStatus;
import de.ffit.campus.cohort.entity.Lesson;
import de.ffit.campus.cohort.entity.LessonState;
import de.ffit.campus.course.entity.Exercise;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.security.Actor;
import de.ffit.campus.progress.entity.CompletionState;
import de.ffit.campus.progress.entity.ExerciseCompletion;
import de.ffit.campus.progress.entity.LearnerProgress;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Exercises done and learners' progress. Trainers of the cohort and coordinators tick exercises off and decide
 * on learners' reports; coordinators mark a cohort finished. Every change goes into the audit trail.
 */
@Stateless
public class Progress {

    public static final String SUBJECT = "Completion";

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    Cohorts cohorts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public static String context(long cohortId) {
        return "cohort:" + cohortId + ":exercises";
    }

    /** The cohort's progress in seven queries, whatever its size. */
    public CohortProgress cohort(Actor actor, Long cohortId) {
        return progressOf(cohorts.find(actor, cohortId));
    }

    /** One learner's progress (the same computation, for their cohort). */
    public CohortProgress.Row learner(Actor actor, Long enrollmentId) {
        Enrollment enrollment = cohorts.findEnrollment(actor, enrollmentId);
        return progressOf(enrollment.getCohort(), enrollment.getId()).rows().get(0);
    }

    /**
     * What the kiosk shows a signed-in learner: each of their enrolments that is not withdrawn, newest cohort
     * first, each computed for that enrolment alone. Scoped by organisation and learner, because at the kiosk the
     * learner signs in, not an account.
     */
    public List<CohortProgress> ofLearner(long organisationId, long learnerId) {
        return em.createQuery("select e from Enrollment e join fetch e.cohort c where e.learner.id = :learner "
                        + "and c.organisation.id = :org and e.status <> :withdrawn order by c.createdAt desc, e.id",
                        Enrollment.class)
                .setParameter("learner", learnerId).setParameter("org", organisationId)
                .setParameter("withdrawn", EnrollmentStatus.WITHDRAWN).getResultList().stream()
                .map(e -> progressOf(e.getCohort(), e.getId())).toList();
    }

    private CohortProgress progressOf(Cohort cohort) {
        return progressOf(cohort, null);
    }

    /** A query of the cohort's records, narrowed to one enrolment when {@code only} is given. */
    private <T> TypedQuery<T> query(String jpql, String enrollmentPath, String orderBy,
            Class<T> type, Cohort cohort, Long only) {
        String narrowed = (only == null ? jpql : jpql + " and " + enrollmentPath + " = :only") + orderBy;
        var query = em.createQuery(narrowed, type).setParameter("c", cohort);
        return only == null ? query : query.setParameter("only", only);
    }

    /** The cohort's progress, for all its learners or only for one enrolment ({@code only}). */
    private CohortProgress progressOf(Cohort cohort, Long only) {
        LocalDate today = LocalDate.now(clock);
        // values, not entities (issue 24): building module, exercise, lesson and enrolment entities for every page
        // cost more CPU than the queries; a module without exercises counts nothing and is left out as before
        Map<Long, String> moduleTitles = new LinkedHashMap<>();
        Map<Long, List<Object[]>> moduleExercises = new LinkedHashMap<>();
        Map<Long, Boolean> plan = new LinkedHashMap<>();
        em.createQuery("select m.id, m.title, e.id, e.title, e.mandatory from CourseModule m join m.exercises e "
                        + "where m.course = :course order by m.sortOrder, m.id, e.sortOrder, e.id", Object[].class)
                .setParameter("course", cohort.getCourse()).getResultList().forEach(row -> {
                    moduleTitles.putIfAbsent((Long) row[0], (String) row[1]);
                    moduleExercises.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row);
                    plan.put((Long) row[2], (Boolean) row[4]);
                });
        Map<Long, Boolean> inForce = cohort.exercisesInForce(plan);
        Map<Long, Set<String>> competences = new HashMap<>();
        if (!inForce.isEmpty()) {
            em.createQuery("select e.id, c.code from Exercise e join e.competences c where e.id in :ids",
                            Object[].class).setParameter("ids", inForce.keySet()).getResultList()
                    .forEach(row -> competences.computeIfAbsent((Long) row[0], k -> new TreeSet<>())
                            .add((String) row[1]));
        }
        List<CohortProgress.Module> moduleColumns = new ArrayList<>();
        List<LearnerProgress.PlannedExercise> exercises = new ArrayList<>();
        for (Map.Entry<Long, List<Object[]>> module : moduleExercises.entrySet()) {
            long moduleId = module.getKey();
            String moduleTitle = moduleTitles.get(moduleId);
            List<LearnerProgress.PlannedExercise> own = module.getValue().stream()
                    .filter(e -> inForce.containsKey((Long) e[2]))
                    .map(e -> new LearnerProgress.PlannedExercise((Long) e[2], (String) e[3], moduleId,
                            moduleTitle, inForce.get((Long) e[2]), competences.getOrDefault((Long) e[2], Set.of())))
                    .toList();
            if (!own.isEmpty()) {
                moduleColumns.add(new CohortProgress.Module(moduleId, moduleTitle, own));
                exercises.addAll(own);
            }
        }

        List<AttendanceShare.LessonFact> facts = em.createQuery("select l.id, l.date, l.state from Lesson l "
                        + "where l.cohort = :c order by l.date, l.startTime", Object[].class)
                .setParameter("c", cohort).getResultList().stream()
                .map(r -> new AttendanceShare.LessonFact((Long) r[0], (LocalDate) r[1], (LessonState) r[2])).toList();
        boolean lessonsLeft = cohort.getFinishedOn().isEmpty()
                && facts.stream().anyMatch(l -> l.state() == LessonState.PLANNED);
        Long lessonToday = facts.stream().filter(l -> l.date().equals(today)
                && l.state() == LessonState.HELD).map(AttendanceShare.LessonFact::lessonId).findFirst().orElse(null);

        Map<Long, Map<Long, AttendanceStatus>> marks = new HashMap<>();
        query("select a.enrollment.id, a.lesson.id, a.status from AttendanceRecord a where a.lesson.cohort = :c",
                        "a.enrollment.id", "", Object[].class, cohort, only).getResultList()
                .forEach(row -> marks.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                        .put((Long) row[1], (AttendanceStatus) row[2]));
        Map<Long, Map<Long, CompletionState>> done = new HashMap<>();
        query("select c.enrollment.id, c.exercise.id, c.state from ExerciseCompletion c "
                        + "where c.enrollment.cohort = :c", "c.enrollment.id", "", Object[].class, cohort, only)
                .getResultList()
                .forEach(row -> done.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                        .put((Long) row[1], (CompletionState) row[2]));

        var rule = cohort.ruleInForce();
        List<CohortProgress.Row> rows = new ArrayList<>();
        for (Object[] e : query("select e.id, l.id, l.name, l.nameOriginal, l.preferredLanguage, e.status, "
                        + "e.enrolledOn, e.withdrawnOn from Enrollment e join e.learner l where e.cohort = :c", "e.id",
                " order by l.name, e.id", Object[].class, cohort, only).getResultList()) {
            Long enrollmentId = (Long) e[0];
            EnrollmentStatus status = (EnrollmentStatus) e[5];
            Map<Long, CompletionState> own = done.getOrDefault(enrollmentId, Map.of());
            AttendanceShare attendance = AttendanceShare.of(rule, facts, (LocalDate) e[6], (LocalDate) e[7],
                    marks.getOrDefault(enrollmentId, Map.of()));
            rows.add(new CohortProgress.Row(enrollmentId, (Long) e[1], (String) e[2], (String) e[3], (String) e[4],
                    status, own, LearnerProgress.of(rule, exercises, own, attendance, status, lessonsLeft)));
        }
        return new CohortProgress(cohort.getId(), cohort.getName(), cohort.getCourse().getTitle(), rule,
                cohort.getRuleFrozenOn().orElse(null), cohort.getFinishedOn().orElse(null), cohort.phase(today),
                moduleColumns, exercises, rows, lessonToday);
    }

    /** Ticks an exercise off for a learner ({@code done}) or takes the tick back; the same request twice is harmless. */
    public CompletionState tick(Actor actor, Long enrollmentId, Long exerciseId, boolean done) {
        Enrollment enrollment = writable(actor, enrollmentId);
        Exercise exercise = exerciseOf(enrollment.getCohort(), exerciseId);
        Optional<ExerciseCompletion> current = completion(enrollment, exercise);
        LocalDateTime now = now();
        if (done) {
            if (current.isPresent()) {
                ExerciseCompletion completion = current.get();
                if (!completion.counts()) {
                    CompletionState before = completion.getState();
                    completion.confirm(actor.username(), now);
                    record(actor, enrollment, exercise, AuditAction.CHANGED, before, CompletionState.CONFIRMED);
                }
            } else {
                em.persist(ExerciseCompletion.confirmedBy(enrollment, exercise, actor.username(), now));
                record(actor, enrollment, exercise, AuditAction.CREATED, null, CompletionState.CONFIRMED);
            }
            cohorts.started(enrollment.getCohort());
        } else if (current.isPresent()) {
            em.remove(current.get());
            record(actor, enrollment, exercise, AuditAction.REMOVED, current.get().getState(), null);
        }
        em.flush();
        return done ? CompletionState.CONFIRMED : null;
    }

    /** An exercise done in class: ticked off for every learner present (or late) in the given held lesson. */
    public int markForPresent(Actor actor, Long cohortId, Long exerciseId, Long lessonId) {
        Cohort cohort = cohorts.find(actor, cohortId);
        Lesson lesson = cohorts.findLesson(actor, lessonId);
        if (!lesson.getCohort().getId().equals(cohort.getId())) {
            throw CampusException.notFound("record.lesson");
        }
        if (lesson.getState() != LessonState.HELD) {
            throw CampusException.conflict("error.progress.lessonNotHeld");
        }
        exerciseOf(cohort, exerciseId);
        List<Long> present = em.createQuery("select a.enrollment.id from AttendanceRecord a where a.lesson = :l "
                        + "and a.status in :attended and a.enrollment.status <> :withdrawn", Long.class)
                .setParameter("l", lesson)
                .setParameter("attended", List.of(AttendanceStatus.PRESENT, AttendanceStatus.LATE))
                .setParameter("withdrawn", EnrollmentStatus.WITHDRAWN).getResultList();
        for (Long enrollmentId : present) {
            tick(actor, enrollmentId, exerciseId, true);
        }
        return present.size();
    }

    /** "I did this": the learner's report waits for a trainer (the kiosk calls this on the learner's behalf). */
    public CompletionState report(Actor actor, Long enrollmentId, Long exerciseId) {
        return reportOn(writable(actor, enrollmentId), exerciseId, actor);
    }

    /**
     * "I did this" at the kiosk: only for the signed-in learner's own enrolment (any other id is "not found").
     * The audit trail names the learner's card as the one who reported it.
     */
    public CompletionState reportAtKiosk(long organisationId, long learnerId, Long enrollmentId, Long exerciseId) {
        Enrollment enrollment = enrollmentId == null ? null : em.find(Enrollment.class, enrollmentId,
                LockModeType.PESSIMISTIC_WRITE);
        if (enrollment == null || enrollment.getLearner().getId() != learnerId
                || enrollment.getCohort().getOrganisation().getId() != organisationId) {
            throw CampusException.notFound("record.enrollment");
        }
        requireOpen(enrollment);
        // the audit trail's "who": the learner's card, since no account acted
        Actor learner = new Actor(0, "kiosk:" + enrollment.getLearner().getCode(), organisationId, null);
        return reportOn(enrollment, exerciseId, learner);
    }

    private CompletionState reportOn(Enrollment enrollment, Long exerciseId, Actor actor) {
        Exercise exercise = exerciseOf(enrollment.getCohort(), exerciseId);
        Optional<ExerciseCompletion> current = completion(enrollment, exercise);
        if (current.isEmpty()) {
            em.persist(ExerciseCompletion.reportedByLearner(enrollment, exercise, now()));
            record(actor, enrollment, exercise, AuditAction.CREATED, null, CompletionState.PENDING);
            em.flush();
            return CompletionState.PENDING;
        }
        CompletionState before = current.get().getState();
        current.get().reportAgain(now());
        if (before != current.get().getState()) {
            record(actor, enrollment, exercise, AuditAction.CHANGED, before, current.get().getState());
        }
        em.flush();
        return current.get().getState();
    }

    public CompletionState confirm(Actor actor, Long enrollmentId, Long exerciseId) {
        ExerciseCompletion completion = reported(actor, enrollmentId, exerciseId);
        return tick(actor, completion.getEnrollment().getId(), completion.getExercise().getId(), true);
    }

    public CompletionState reject(Actor actor, Long enrollmentId, Long exerciseId) {
        ExerciseCompletion completion = reported(actor, enrollmentId, exerciseId);
        completion.reject(actor.username(), now());
        record(actor, completion.getEnrollment(), completion.getExercise(), AuditAction.CHANGED,
                CompletionState.PENDING, CompletionState.REJECTED);
        em.flush();
        return CompletionState.REJECTED;
    }

    /**
     * The coordinator closes the cohort: every learner who meets the rule in force graduates. Returns how many
     * did.
     */
    public int finish(Actor actor, Long cohortId) {
        actor.requireCoordinator();
        Cohort cohort = cohorts.find(actor, cohortId);
        CohortProgress progress = progressOf(cohort);
        cohort.finish(LocalDate.now(clock));
        int graduated = 0;
        Map<Long, Enrollment> enrollments = new LinkedHashMap<>();
        cohort.getEnrollments().forEach(e -> enrollments.put(e.getId(), e));
        for (CohortProgress.Row row : progress.rows()) {
            if (row.progress().isEligible()) {
                enrollments.get(row.enrollmentId()).graduate();
                audit.record(actor, "Enrollment", row.enrollmentId(), "cohort:" + cohort.getId(), AuditAction.CHANGED,
                        Map.of("learner", row.name(), "status", EnrollmentStatus.ENROLLED.name()),
                        Map.of("learner", row.name(), "status", EnrollmentStatus.GRADUATED.name()));
                graduated++;
            }
        }
        audit.record(actor, "Cohort", cohort.getId(), "cohort:" + cohort.getId(), AuditAction.CHANGED,
                Map.of("finished", "no"), Map.of("finished", String.valueOf(cohort.getFinishedOn().orElseThrow())));
        em.flush();
        return graduated;
    }

    private ExerciseCompletion reported(Actor actor, Long enrollmentId, Long exerciseId) {
        Enrollment enrollment = writable(actor, enrollmentId);
        Exercise exercise = exerciseOf(enrollment.getCohort(), exerciseId);
        return completion(enrollment, exercise).filter(c -> c.getState() == CompletionState.PENDING)
                .orElseThrow(() -> CampusException.invalid("error.progress.notReported", "exerciseId"));
    }

    /** The enrolment, if the actor may see it and it can still change: withdrawn learners are left alone. */
    private Enrollment writable(Actor actor, Long enrollmentId) {
        Enrollment enrollment = cohorts.findEnrollment(actor, enrollmentId);
        // one learner's ticks one after the other: two trainers ticking the same exercise never clash
        em.lock(enrollment, LockModeType.PESSIMISTIC_WRITE);
        requireOpen(enrollment);
        return enrollment;
    }

    private static void requireOpen(Enrollment enrollment) {
        if (enrollment.getStatus() == EnrollmentStatus.WITHDRAWN) {
            throw CampusException.conflict("error.progress.withdrawn");
        }
        if (enrollment.getCohort().getFinishedOn().isPresent()) {
            // the outcome was decided when the cohort was marked finished
            throw CampusException.conflict("error.progress.finished");
        }
    }

    /** The exercise, if the cohort's rule counts it; an exercise of another course is refused. */
    private Exercise exerciseOf(Cohort cohort, Long exerciseId) {
        Exercise exercise = exerciseId == null ? null : em.find(Exercise.class, exerciseId);
        if (exercise == null || !cohort.exercisesInForce().containsKey(exercise.getId())) {
            throw CampusException.invalid("error.progress.exerciseNotInCourse", "exerciseId");
        }
        return exercise;
    }

    private Optional<ExerciseCompletion> completion(Enrollment enrollment, Exercise exercise) {
        return em.createQuery("select c from ExerciseCompletion c where c.enrollment = :e and c.exercise = :x",
                        ExerciseCompletion.class).setParameter("e", enrollment).setParameter("x", exercise)
                .getResultStream().findFirst();
    }

    private void record(Actor actor, Enrollment enrollment, Exercise exercise, AuditAction action,
            CompletionState before, CompletionState after) {
        audit.record(actor, SUBJECT, enrollment.getId(), context(enrollment.getCohort().getId()), action,
                before == null ? null : values(enrollment, exercise, before),
                after == null ? null : values(enrollment, exercise, after));
    }

    private static Map<String, String> values(Enrollment enrollment, Exercise exercise, CompletionState state) {
        return Map.of("learner", enrollment.getLearner().getName(), "exercise", exercise.getTitle(),
                "state", state.name());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
