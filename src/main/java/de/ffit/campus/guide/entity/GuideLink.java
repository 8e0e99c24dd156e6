package de.ffit.campus.guide.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A catalogue page linked to an exercise or to a module of a course plan. It points at the page, not at one of
 * its translations, so it shows in every language the page has.
 */
@Entity
@Table(name = "guide_link")
public class GuideLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "page_id", nullable = false, updatable = false)
    private GuidePage page;

    @Column(name = "exercise_id", updatable = false)
    private Long exerciseId;

    @Column(name = "module_id", updatable = false)
    private Long moduleId;

    /** UTC */
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 40)
    private String createdBy;

    protected GuideLink() {
    }

    private GuideLink(long organisationId, GuidePage page, Long exerciseId, Long moduleId, LocalDateTime createdAt,
            String createdBy) {
        this.organisationId = organisationId;
        this.page = Objects.requireNonNull(page);
        this.exerciseId = exerciseId;
        this.moduleId = moduleId;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    public static GuideLink toExercise(GuidePage page, long exerciseId, LocalDateTime at, String by) {
        return new GuideLink(page.getOrganisationId(), page, exerciseId, null, at, by);
    }

    public static GuideLink toModule(GuidePage page, long moduleId, LocalDateTime at, String by) {
        return new GuideLink(page.getOrganisationId(), page, null, moduleId, at, by);
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public GuidePage getPage() {
        return page;
    }

    public Long getExerciseId() {
        return exerciseId;
    }

    public Long getModuleId() {
        return moduleId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
