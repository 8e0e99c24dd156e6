package de.ffit.campus.course.entity;

import de.ffit.campus.organisation.entity.Organisation;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.error.Require;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A course plan: its modules with their exercises, and the rule by which a learner graduates. */
@Entity
@Table(name = "course")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "title", nullable = false, length = 160)
    private String title;

    @Column(name = "description", length = 2000)
    private String description;

    @Embedded
    private GraduationRule rule;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<CourseModule> modules = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected Course() {
    }

    public Course(Organisation organisation, String title, String description, GraduationRule rule,
            LocalDateTime createdAt) {
        this.organisation = Require.present(organisation, "organisation");
        describe(title, description);
        changeRule(rule);
        this.createdAt = Require.present(createdAt, "createdAt");
    }

    public final void describe(String newTitle, String newDescription) {
        this.title = Require.name(newTitle, "title", 160);
        this.description = Require.optionalText(newDescription, "description", 2000);
    }

    public final void changeRule(GraduationRule newRule) {
        this.rule = Require.present(newRule, "rule");
    }

    public CourseModule addModule(String moduleTitle, String moduleDescription) {
        CourseModule module = new CourseModule(this, moduleTitle, moduleDescription, modules.size());
        requireUniqueModuleTitle(module.getTitle(), null);
        modules.add(module);
        return module;
    }

    void requireUniqueModuleTitle(String candidate, CourseModule except) {
        for (CourseModule m : modules) {
            if (m != except && m.getTitle().equalsIgnoreCase(candidate)) {
                throw CampusException.duplicate("moduleTitle", candidate);
            }
        }
    }

    public void removeModule(CourseModule module) {
        if (modules.remove(module)) {
            renumber();
        }
    }

    /** Moves a module one place up ({@code -1}) or down ({@code +1}); at either end nothing happens. */
    public void moveModule(CourseModule module, int step) {
        int from = modules.indexOf(module);
        int to = from + Integer.signum(step);
        if (from < 0 || to < 0 || to >= modules.size()) {
            return;
        }
        Collections.swap(modules, from, to);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < modules.size(); i++) {
            modules.get(i).placeAt(i);
        }
    }

    public List<Exercise> getExercises() {
        return modules.stream().flatMap(m -> m.getExercises().stream()).toList();
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public GraduationRule getRule() {
        return rule;
    }

    public List<CourseModule> getModules() {
        return Collections.unmodifiableList(modules);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
