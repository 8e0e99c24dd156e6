package de.ffit.campus.course.entity;

import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.error.Require;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** A part of a course ("Smartphone basics"), holding its exercises in order. ("Module" would clash with java.lang.Module.) */
@Entity
@Table(name = "course_module")
public class CourseModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "title", nullable = false, length = 160)
    private String title;

    @Column(name = "description", length = 2000)
    private String description;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Exercise> exercises = new ArrayList<>();

    @Version
    private long version;

    protected CourseModule() {
    }

    CourseModule(Course course, String title, String description, int sortOrder) {
        this.course = course;
        this.sortOrder = sortOrder;
        this.title = Require.name(title, "title", 160);
        this.description = Require.optionalText(description, "description", 2000);
    }

    public void describe(String newTitle, String newDescription) {
        String checked = Require.name(newTitle, "title", 160);
        course.requireUniqueModuleTitle(checked, this);
        this.title = checked;
        this.description = Require.optionalText(newDescription, "description", 2000);
    }

    void placeAt(int position) {
        this.sortOrder = position;
    }

    public Exercise addExercise(String exerciseTitle, String exerciseDescription, boolean mandatory,
            Set<Competence> competences) {
        Exercise exercise = new Exercise(this, exerciseTitle, exerciseDescription, mandatory, competences,
                exercises.size());
        requireUniqueExerciseTitle(exercise.getTitle(), null);
        exercises.add(exercise);
        return exercise;
    }

    void requireUniqueExerciseTitle(String candidate, Exercise except) {
        for (Exercise e : exercises) {
            if (e != except && e.getTitle().equalsIgnoreCase(candidate)) {
                throw CampusException.duplicate("exerciseTitle", candidate);
            }
        }
    }

    public void removeExercise(Exercise exercise) {
        if (exercises.remove(exercise)) {
            renumber();
        }
    }

    public void moveExercise(Exercise exercise, int step) {
        int from = exercises.indexOf(exercise);
        int to = from + Integer.signum(step);
        if (from < 0 || to < 0 || to >= exercises.size()) {
            return;
        }
        Collections.swap(exercises, from, to);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < exercises.size(); i++) {
            exercises.get(i).placeAt(i);
        }
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public List<Exercise> getExercises() {
        return Collections.unmodifiableList(exercises);
    }

    public long getVersion() {
        return version;
    }
}
