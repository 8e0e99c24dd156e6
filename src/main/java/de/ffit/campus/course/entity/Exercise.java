package de.ffit.campus.course.entity;

import de.ffit.campus.platform.error.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Something a learner does and a trainer can tick off ("Send an e-mail with an attachment"). */
@Entity
@Table(name = "exercise")
public class Exercise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false, updatable = false)
    private CourseModule module;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "description", length = 4000)
    private String description;

    @Column(name = "mandatory", nullable = false)
    private boolean mandatory;

    @ManyToMany
    @JoinTable(name = "exercise_competence",
            joinColumns = @JoinColumn(name = "exercise_id"),
            inverseJoinColumns = @JoinColumn(name = "competence_code"))
    private Set<Competence> competences = new LinkedHashSet<>();

    @Version
    private long version;

    protected Exercise() {
    }

    Exercise(CourseModule module, String title, String description, boolean mandatory, Set<Competence> competences,
            int sortOrder) {
        this.module = module;
        this.sortOrder = sortOrder;
        this.title = Require.name(title, "title", 200);
        apply(description, mandatory, competences);
    }

    public void describe(String newTitle, String newDescription, boolean newMandatory, Set<Competence> newCompetences) {
        String checked = Require.name(newTitle, "title", 200);
        module.requireUniqueExerciseTitle(checked, this);
        this.title = checked;
        apply(newDescription, newMandatory, newCompetences);
    }

    private void apply(String newDescription, boolean newMandatory, Set<Competence> newCompetences) {
        this.description = Require.optionalText(newDescription, "description", 4000);
        this.mandatory = newMandatory;
        this.competences = new LinkedHashSet<>(newCompetences == null ? Set.of() : newCompetences);
    }

    void placeAt(int position) {
        this.sortOrder = position;
    }

    public Long getId() {
        return id;
    }

    public CourseModule getModule() {
        return module;
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

    public boolean isMandatory() {
        return mandatory;
    }

    public Set<Competence> getCompetences() {
        return Collections.unmodifiableSet(competences);
    }

    public List<Competence> getCompetencesInOrder() {
        return competences.stream().sorted(Comparator.comparingInt(Competence::getSortOrder)).toList();
    }

    public long getVersion() {
        return version;
    }
}
