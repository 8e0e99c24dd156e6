package de.ffit.campus.course.control;

import de.ffit.campus.audit.control.AuditTrail;
import de.ffit.campus.audit.entity.AuditAction;
import de.ffit.campus.course.entity.Competence;
import de.ffit.campus.course.entity.Course;
import de.ffit.campus.course.entity.CourseModule;
import de.ffit.campus.course.entity.Exercise;
import de.ffit.campus.organisation.entity.Organisation;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.persistence.Scoped;
import de.ffit.campus.platform.security.Actor;
import de.ffit.campus.platform.validation.Drafts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Course plans of the actor's organisation: everyone reads them, coordinators change them. */
@Stateless
public class Courses {

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    Drafts drafts;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public List<CourseSummary> list(Actor actor) {
        return em.createQuery("select new de.ffit.campus.course.control.CourseSummary(c.id, c.title, "
                        + "(select count(m) from CourseModule m where m.course = c), "
                        + "(select count(e) from Exercise e where e.module.course = c), "
                        + "(select count(h) from Cohort h where h.course = c)) "
                        + "from Course c where c.organisation.id = :org order by c.title", CourseSummary.class)
                .setParameter("org", actor.organisationId()).getResultList();
    }

    public Course find(Actor actor, Long id) {
        return Scoped.find(em, Course.class, id, "organisation", actor.organisationId(), "record.course");
    }

    /**
     * The course with its whole plan loaded in four queries (course, modules, exercises, competences) instead of
     * one per module and exercise.
     */
    public Course findWithPlan(Actor actor, Long id) {
        if (id == null) {
            throw CampusException.notFound("record.course");
        }
        return em.createQuery("select c from Course c where c.id = :id and c.organisation.id = :org", Course.class)
                .setParameter("id", id).setParameter("org", actor.organisationId())
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.modules")
                .setHint("eclipselink.batch", "c.modules.exercises")
                .setHint("eclipselink.batch", "c.modules.exercises.competences")
                .getResultStream().findFirst().orElseThrow(() -> CampusException.notFound("record.course"));
    }

    public List<Competence> competences() {
        return em.createQuery("select c from Competence c order by c.sortOrder", Competence.class).getResultList();
    }

    public Course create(Actor actor, CourseDraft draft) {
        actor.requireCoordinator();
        drafts.check(draft);
        requireUniqueTitle(actor, draft.getTitle(), null);
        Course course = new Course(em.find(Organisation.class, actor.organisationId()), draft.getTitle(),
                draft.getDescription(), draft.rule(), LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        em.persist(course);
        Scoped.flush(em, "courseTitle", draft.getTitle());
        audit.record(actor, "Course", course.getId(), context(course), AuditAction.CREATED, null, values(course));
        return course;
    }

    public Course update(Actor actor, Long id, CourseDraft draft) {
        actor.requireCoordinator();
        drafts.check(draft);
        Course course = find(actor, id);
        Scoped.requireVersion(course.getVersion(), draft.getVersion());
        requireUniqueTitle(actor, draft.getTitle(), id);
        Map<String, String> before = values(course);
        course.describe(draft.getTitle(), draft.getDescription());
        course.changeRule(draft.rule());
        Scoped.flush(em, "courseTitle", draft.getTitle());
        changed(actor, "Course", course.getId(), context(course), before, values(course));
        return course;
    }

    /** A course that cohorts have run keeps its plan; remove one that was never used. */
    public void delete(Actor actor, Long id) {
        actor.requireCoordinator();
        Course course = find(actor, id);
        long cohorts = em.createQuery("select count(h) from Cohort h where h.course = :c", Long.class)
                .setParameter("c", course).getSingleResult();
        if (cohorts > 0) {
            throw CampusException.conflict("error.course.inUse", cohorts);
        }
        audit.record(actor, "Course", course.getId(), context(course), AuditAction.REMOVED, values(course), null);
        em.remove(course);
        em.flush();
    }

    public CourseModule addModule(Actor actor, Long courseId, ModuleDraft draft) {
        actor.requireCoordinator();
        drafts.check(draft);
        CourseModule module = find(actor, courseId).addModule(draft.getTitle(), draft.getDescription());
        Scoped.flush(em, "moduleTitle", draft.getTitle());
        audit.record(actor, "Module", module.getId(), context(module.getCourse()), AuditAction.CREATED, null,
                values(module));
        return module;
    }

    public CourseModule findModule(Actor actor, Long moduleId) {
        return Scoped.find(em, CourseModule.class, moduleId, "course.organisation", actor.organisationId(),
                "record.module");
    }

    public CourseModule updateModule(Actor actor, Long moduleId, ModuleDraft draft) {
        actor.requireCoordinator();
        drafts.check(draft);
        CourseModule module = findModule(actor, moduleId);
        Scoped.requireVersion(module.getVersion(), draft.getVersion());
        Map<String, String> before = values(module);
        module.describe(draft.getTitle(), draft.getDescription());
        Scoped.flush(em, "moduleTitle", draft.getTitle());
        changed(actor, "Module", module.getId(), context(module.getCourse()), before, values(module));
        return module;
    }

    /** Only an empty module can go, so that no exercise disappears as a side effect. */
    public void removeModule(Actor actor, Long moduleId) {
        actor.requireCoordinator();
        CourseModule module = findModule(actor, moduleId);
        if (!module.getExercises().isEmpty()) {
            throw CampusException.conflict("error.module.notEmpty", module.getExercises().size());
        }
        audit.record(actor, "Module", module.getId(), context(module.getCourse()), AuditAction.REMOVED,
                values(module), null);
        module.getCourse().removeModule(module);
        em.flush();
    }

    public void moveModule(Actor actor, Long moduleId, int step) {
        actor.requireCoordinator();
        CourseModule module = findModule(actor, moduleId);
        Map<String, String> before = Map.of("position", String.valueOf(module.getSortOrder()));
        module.getCourse().moveModule(module, step);
        em.flush();
        changed(actor, "Module", module.getId(), context(module.getCourse()), before,
                Map.of("position", String.valueOf(module.getSortOrder())));
    }

    public Exercise addExercise(Actor actor, Long moduleId, ExerciseDraft draft) {
        actor.requireCoordinator();
        drafts.check(draft);
        CourseModule module = findModule(actor, moduleId);
        Exercise exercise = module.addExercise(draft.getTitle(), draft.getDescription(), draft.isMandatory(),
                competences(draft.getCompetences()));
        Scoped.flush(em, "exerciseTitle", draft.getTitle());
        audit.record(actor, "Exercise", exercise.getId(), context(module.getCourse()), AuditAction.CREATED, null,
                values(exercise));
        return exercise;
    }

    public Exercise findExercise(Actor actor, Long exerciseId) {
        return Scoped.find(em, Exercise.class, exerciseId, "module.course.organisation", actor.organisationId(),
                "record.exercise");
    }

    public Exercise updateExercise(Actor actor, Long exerciseId, ExerciseDraft draft) {
        actor.requireCoordinator();
        drafts.check(draft);
        Exercise exercise = findExercise(actor, exerciseId);
        Scoped.requireVersion(exercise.getVersion(), draft.getVersion());
        Map<String, String> before = values(exercise);
        exercise.describe(draft.getTitle(), draft.getDescription(), draft.isMandatory(),
                competences(draft.getCompetences()));
        Scoped.flush(em, "exerciseTitle", draft.getTitle());
        changed(actor, "Exercise", exercise.getId(), context(exercise.getModule().getCourse()), before,
                values(exercise));
        return exercise;
    }

    public void removeExercise(Actor actor, Long exerciseId) {
        actor.requireCoordinator();
        Exercise exercise = findExercise(actor, exerciseId);
        // a running cohort's rule and its learners' completions point at the exercise: keep it
        long cohortsUsingIt = em.createQuery("select count(c) from Cohort c join c.frozenExercises f "
                + "where f.exerciseId = :id", Long.class).setParameter("id", exercise.getId()).getSingleResult();
        long completions = em.createQuery("select count(c) from ExerciseCompletion c where c.exercise = :e",
                Long.class).setParameter("e", exercise).getSingleResult();
        if (cohortsUsingIt > 0 || completions > 0) {
            throw CampusException.conflict("error.exercise.inUse", Math.max(cohortsUsingIt, 1));
        }
        audit.record(actor, "Exercise", exercise.getId(), context(exercise.getModule().getCourse()),
                AuditAction.REMOVED, values(exercise), null);
        exercise.getModule().removeExercise(exercise);
        em.flush();
    }

    public void moveExercise(Actor actor, Long exerciseId, int step) {
        actor.requireCoordinator();
        Exercise exercise = findExercise(actor, exerciseId);
        Map<String, String> before = Map.of("position", String.valueOf(exercise.getSortOrder()));
        exercise.getModule().moveExercise(exercise, step);
        em.flush();
        changed(actor, "Exercise", exercise.getId(), context(exercise.getModule().getCourse()), before,
                Map.of("position", String.valueOf(exercise.getSortOrder())));
    }

    /** a change for the audit trail, when something changed */
    private void changed(Actor actor, String subject, long id, String context, Map<String, String> before,
            Map<String, String> after) {
        if (!before.equals(after)) {
            audit.record(actor, subject, id, context, AuditAction.CHANGED, before, after);
        }
    }

    private static String context(Course course) {
        return "course:" + course.getId();
    }

    private static Map<String, String> values(Course course) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", course.getTitle());
        values.put("description", course.getDescription());
        values.put("minAttendancePercent", String.valueOf(course.getRule().getMinAttendancePercent()));
        values.put("lateCounts", String.valueOf(course.getRule().getLateCounts()));
        values.put("excusedCounts", String.valueOf(course.getRule().getExcusedCounts()));
        values.put("minExercisePercent", String.valueOf(course.getRule().getMinExercisePercent()));
        return values;
    }

    private static Map<String, String> values(CourseModule module) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", module.getTitle());
        values.put("description", module.getDescription());
        return values;
    }

    private static Map<String, String> values(Exercise exercise) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", exercise.getTitle());
        values.put("description", exercise.getDescription());
        values.put("mandatory", String.valueOf(exercise.isMandatory()));
        values.put("competences", exercise.getCompetencesInOrder().stream().map(Competence::getCode)
                .collect(Collectors.joining(" ")));
        return values;
    }

    private Set<Competence> competences(List<String> codes) {
        Set<Competence> found = new LinkedHashSet<>();
        for (String code : codes) {
            Competence competence = em.find(Competence.class, code);
            if (competence == null) {
                throw CampusException.invalid("error.competence", "competences", code);
            }
            found.add(competence);
        }
        return found;
    }

    private void requireUniqueTitle(Actor actor, String title, Long except) {
        long clashes = em.createQuery("select count(c) from Course c where c.organisation.id = :org "
                        + "and lower(c.title) = lower(:title) and c.id <> :except", Long.class)
                .setParameter("org", actor.organisationId()).setParameter("title", title.strip())
                .setParameter("except", except == null ? 0L : except).getSingleResult();
        if (clashes > 0) {
            throw CampusException.duplicate("courseTitle", title.strip());
        }
    }
}
