package de.ffit.campus.cohort.boundary;

import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.control.LessonDraft;
import de.ffit.campus.cohort.control.ScheduleDraft;
import de.ffit.campus.cohort.entity.Cohort;
import de.ffit.campus.cohort.entity.Lesson;
import de.ffit.campus.cohort.entity.LessonState;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.List;

/** A cohort's lessons: edit one, add one, plan more from a weekly rule, cancel or remove. */
@Named
@ViewScoped
public class CohortLessonsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Cohorts cohorts;

    private String id;
    private Long cohortId;
    private transient Cohort cohort;

    /** the lesson in the edit dialog; null when the dialog adds a new one */
    private Long editedLessonId;
    private LessonDraft lessonDraft = new LessonDraft();
    private ScheduleDraft scheduleDraft = new ScheduleDraft();

    public void load() {
        try {
            cohort = cohorts.find(currentUser.actor(), Pages.id(id));
            cohortId = cohort.getId();
        } catch (CampusException notFound) {
            Pages.notFound();
        }
    }

    public void startNew() {
        editedLessonId = null;
        lessonDraft = new LessonDraft();
        List<Lesson> lessons = getCohort().getLessons();
        if (!lessons.isEmpty()) {
            Lesson last = lessons.get(lessons.size() - 1);
            lessonDraft.setDate(last.getDate().plusWeeks(1));
            lessonDraft.setStart(last.getStartTime());
            lessonDraft.setEnd(last.getEndTime());
        }
    }

    public void startEdit(Lesson lesson) {
        editedLessonId = lesson.getId();
        lessonDraft = new LessonDraft();
        lessonDraft.setDate(lesson.getDate());
        lessonDraft.setStart(lesson.getStartTime());
        lessonDraft.setEnd(lesson.getEndTime());
        lessonDraft.setTopic(lesson.getTopic());
        lessonDraft.setState(lesson.getState());
        lessonDraft.setVersion(lesson.getVersion());
    }

    public void saveLesson() {
        boolean saved = Pages.attempt(() -> {
            if (editedLessonId == null) {
                cohorts.addLesson(currentUser.actor(), cohortId, lessonDraft);
            } else {
                cohorts.updateLesson(currentUser.actor(), editedLessonId, lessonDraft);
            }
        });
        if (saved) {
            Pages.info("saved");
            cohort = null;
        }
    }

    public void startPlanning() {
        scheduleDraft = new ScheduleDraft();
        getCohort().getLastDay().ifPresent(last -> {
            scheduleDraft.setFrom(last.plusDays(1));
            scheduleDraft.setTo(last.plusWeeks(4));
        });
    }

    public void plan() {
        List<Lesson> added = Pages.attempt(() -> cohorts.planLessons(currentUser.actor(), cohortId, scheduleDraft));
        if (added != null) {
            Pages.info("lessons.planned", added.size());
            cohort = null;
        }
    }

    public void changeState(Lesson lesson, LessonState state) {
        LessonDraft draft = new LessonDraft();
        draft.setDate(lesson.getDate());
        draft.setStart(lesson.getStartTime());
        draft.setEnd(lesson.getEndTime());
        draft.setTopic(lesson.getTopic());
        draft.setState(state);
        draft.setVersion(lesson.getVersion());
        if (Pages.attempt(() -> cohorts.updateLesson(currentUser.actor(), lesson.getId(), draft)) != null) {
            Pages.info("saved");
        }
        cohort = null;
    }

    public void remove(Lesson lesson) {
        if (Pages.attempt(() -> cohorts.removeLesson(currentUser.actor(), lesson.getId()))) {
            Pages.info("lessons.removed");
        }
        cohort = null;
    }

    public Cohort getCohort() {
        if (cohort == null && cohortId != null) {
            cohort = cohorts.find(currentUser.actor(), cohortId);
        }
        return cohort;
    }

    public List<DayOfWeek> getWeekdays() {
        return List.of(DayOfWeek.values());
    }

    public LessonState[] getStates() {
        return LessonState.values();
    }

    public boolean isEditing() {
        return editedLessonId != null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LessonDraft getLessonDraft() {
        return lessonDraft;
    }

    public ScheduleDraft getScheduleDraft() {
        return scheduleDraft;
    }
}
