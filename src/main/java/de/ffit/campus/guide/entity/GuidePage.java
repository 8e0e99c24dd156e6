package de.ffit.campus.guide.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One Integreat page of the organisation's catalogue, in all its languages. Written only by the catalogue import
 * (in plain SQL, see {@code CatalogueWriter}); read here.
 */
@Entity
@Table(name = "guide_page")
public class GuidePage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "region", nullable = false, updatable = false)
    private String region;

    /** UTC */
    @Column(name = "first_seen_at", nullable = false, updatable = false)
    private LocalDateTime firstSeenAt;

    /** UTC; when the last import no longer found the page, or null */
    @Column(name = "vanished_at", updatable = false)
    private LocalDateTime vanishedAt;

    @OneToMany(mappedBy = "page")
    private List<GuideTranslation> translations = new ArrayList<>();

    protected GuidePage() {
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getRegion() {
        return region;
    }

    public LocalDateTime getFirstSeenAt() {
        return firstSeenAt;
    }

    public LocalDateTime getVanishedAt() {
        return vanishedAt;
    }

    public boolean isVanished() {
        return vanishedAt != null;
    }

    public List<GuideTranslation> getTranslations() {
        return Collections.unmodifiableList(translations);
    }
}
