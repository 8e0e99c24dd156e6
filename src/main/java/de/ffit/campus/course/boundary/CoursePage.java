package de.ffit.campus.course.boundary;

import de.ffit.campus.course.control.CourseDraft;
import de.ffit.campus.course.control.Courses;
import de.ffit.campus.course.entity.Course;
import de.ffit.campus.course.entity.ExcusedCounts;
import de.ffit.campus.course.entity.LateCounts;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** A course's title, description and graduation rule; without an id, a new course. */
@Named
@ViewScoped
public class CoursePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Courses courses;

    private String id;
    private Long courseId;
    private CourseDraft draft = new CourseDraft();

    public void load() {
        if (id == null || id.isBlank()) {
            return;
        }
        try {
            Course course = courses.find(currentUser.actor(), Pages.id(id));
            courseId = course.getId();
            draft.setTitle(course.getTitle());
            draft.setDescription(course.getDescription());
            draft.setMinAttendancePercent(course.getRule().getMinAttendancePercent());
            draft.setLateCounts(course.getRule().getLateCounts());
            draft.setExcusedCounts(course.getRule().getExcusedCounts());
            draft.setMinExercisePercent(course.getRule().getMinExercisePercent());
            draft.setVersion(course.getVersion());
        } catch (CampusException notFound) {
            Pages.notFound();
        }
    }

    public void save() {
        Course saved = Pages.attempt(() -> courseId == null ? courses.create(currentUser.actor(), draft)
                : courses.update(currentUser.actor(), courseId, draft));
        if (saved != null) {
            Pages.info("saved");
            Pages.redirect("/courses/plan.xhtml?id=" + saved.getId());
        }
    }

    public boolean isNew() {
        return courseId == null;
    }

    public Long getCourseId() {
        return courseId;
    }

    public LateCounts[] getLateOptions() {
        return LateCounts.values();
    }

    public ExcusedCounts[] getExcusedOptions() {
        return ExcusedCounts.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CourseDraft getDraft() {
        return draft;
    }
}
