package de.ffit.campus.course.control;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Course plans of the actor's organisation: everyone reads them, coordinators change them. */
@Stateless
public class Courses {

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    Drafts drafts;

    @Inject
    Clock clock;

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
        return course;
    }

    public Course update(Actor actor, Long id, CourseDraft draft) {
        actor.requireCoordinator();
        drafts.check(draft);
        Course course = find(actor, id);
        Scoped.requireVersion(course.getVersion(), draft.getVersion());
        requireUniqueTitle(actor, draft.getTitle(), id);
        course.describe(draft.getTitle(), draft.getDescription());
        course.changeRule(draft.rule());
        Scoped.flush(em, "courseTitle", draft.getTitle());
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
        em.remove(course);
        em.flush();
    }

    public CourseModule addModule(Actor actor, Long courseId, ModuleDraft draft) {
        actor.requireCoordinator();
        drafts.check(draft);
        CourseModule module = find(actor, courseId).addModule(draft.getTitle(), draft.getDescription());
        Scoped.flush(em, "moduleTitle", draft.getTitle());
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
        module.describe(draft.getTitle(), draft.getDescription());
        Scoped.flush(em, "moduleTitle", draft.getTitle());
        return module;
    }

    /** Only an empty module can go, so that no exercise disappears as a side effect. */
    public void removeModule(Actor actor, Long moduleId) {
        actor.requireCoordinator();
        CourseModule module = findModule(actor, moduleId);
        if (!module.getExercises().isEmpty()) {
            throw CampusException.conflict("error.module.notEmpty", module.getExercises().size());
        }
        module.getCourse().removeModule(module);
        em.flush();
    }

    public void moveModule(Actor actor, Long moduleId, int step) {
        actor.requireCoordinator();
        CourseModule module = findModule(actor, moduleId);
        module.getCourse().moveModule(module, step);
        em.flush();
    }

    public Exercise addExercise(Actor actor, Long moduleId, ExerciseDraft draft) {
        actor.requireCoordinator();
        drafts.check(draft);
        CourseModule module = findModule(actor, moduleId);
        Exercise exercise = module.addExercise(draft.getTitle(), draft.getDescription(), draft.isMandatory(),
                competences(draft.getCompetences()));
        Scoped.flush(em, "exerciseTitle", draft.getTitle());
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
        exercise.describe(draft.getTitle(), draft.getDescription(), draft.isMandatory(),
                competences(draft.getCompetences()));
        Scoped.flush(em, "exerciseTitle", draft.getTitle());
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
        exercise.getModule().removeExercise(exercise);
        em.flush();
    }

    public void moveExercise(Actor actor, Long exerciseId, int step) {
        actor.requireCoordinator();
        Exercise exercise = findExercise(actor, exerciseId);
        exercise.getModule().moveExercise(exercise, step);
        em.flush();
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
