package de.ffit.campus.course.boundary;

import de.ffit.campus.course.control.Courses;
import de.ffit.campus.course.control.ExerciseDraft;
import de.ffit.campus.course.control.ModuleDraft;
import de.ffit.campus.course.entity.Competence;
import de.ffit.campus.course.entity.Course;
import de.ffit.campus.course.entity.CourseModule;
import de.ffit.campus.course.entity.Exercise;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** A course's plan: its modules in order, and each module's exercises with their DigComp competences. */
@Named
@ViewScoped
public class CoursePlanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Courses courses;

    private String id;
    private Long courseId;
    private transient Course course;
    private transient List<Competence> competences;

    private Long moduleId;
    private ModuleDraft moduleDraft = new ModuleDraft();
    /** the module a new exercise goes into, or the edited exercise */
    private Long exerciseModuleId;
    private Long exerciseId;
    private ExerciseDraft exerciseDraft = new ExerciseDraft();

    public void load() {
        try {
            course = courses.findWithPlan(currentUser.actor(), Pages.id(id));
            courseId = course.getId();
        } catch (CampusException notFound) {
            Pages.notFound();
        }
    }

    public void startNewModule() {
        moduleId = null;
        moduleDraft = new ModuleDraft();
    }

    public void startEditModule(CourseModule module) {
        moduleId = module.getId();
        moduleDraft = new ModuleDraft();
        moduleDraft.setTitle(module.getTitle());
        moduleDraft.setDescription(module.getDescription());
        moduleDraft.setVersion(module.getVersion());
    }

    public void saveModule() {
        done(Pages.attempt(() -> moduleId == null ? courses.addModule(currentUser.actor(), courseId, moduleDraft)
                : courses.updateModule(currentUser.actor(), moduleId, moduleDraft)) != null);
    }

    public void removeModule(CourseModule module) {
        done(Pages.attempt(() -> courses.removeModule(currentUser.actor(), module.getId())));
    }

    public void moveModule(CourseModule module, int step) {
        done(Pages.attempt(() -> courses.moveModule(currentUser.actor(), module.getId(), step)));
    }

    public void startNewExercise(CourseModule module) {
        exerciseModuleId = module.getId();
        exerciseId = null;
        exerciseDraft = new ExerciseDraft();
    }

    public void startEditExercise(Exercise exercise) {
        exerciseModuleId = null;
        exerciseId = exercise.getId();
        exerciseDraft = new ExerciseDraft();
        exerciseDraft.setTitle(exercise.getTitle());
        exerciseDraft.setDescription(exercise.getDescription());
        exerciseDraft.setMandatory(exercise.isMandatory());
        exerciseDraft.setCompetences(exercise.getCompetencesInOrder().stream().map(Competence::getCode).toList());
        exerciseDraft.setVersion(exercise.getVersion());
    }

    public void saveExercise() {
        done(Pages.attempt(() -> exerciseId == null
                ? courses.addExercise(currentUser.actor(), exerciseModuleId, exerciseDraft)
                : courses.updateExercise(currentUser.actor(), exerciseId, exerciseDraft)) != null);
    }

    public void removeExercise(Exercise exercise) {
        done(Pages.attempt(() -> courses.removeExercise(currentUser.actor(), exercise.getId())));
    }

    public void moveExercise(Exercise exercise, int step) {
        done(Pages.attempt(() -> courses.moveExercise(currentUser.actor(), exercise.getId(), step)));
    }

    private void done(boolean saved) {
        if (saved) {
            Pages.info("saved");
        }
        course = null;
    }

    public Course getCourse() {
        if (course == null && courseId != null) {
            course = courses.findWithPlan(currentUser.actor(), courseId);
        }
        return course;
    }

    public List<Competence> getCompetences() {
        if (competences == null) {
            competences = courses.competences();
        }
        return competences;
    }

    public boolean isEditingModule() {
        return moduleId != null;
    }

    public boolean isEditingExercise() {
        return exerciseId != null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ModuleDraft getModuleDraft() {
        return moduleDraft;
    }

    public ExerciseDraft getExerciseDraft() {
        return exerciseDraft;
    }
}
