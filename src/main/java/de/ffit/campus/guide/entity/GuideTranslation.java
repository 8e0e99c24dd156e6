package de.ffit.campus.guide.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One translation of a catalogue page, as Integreat last gave it. Read-only here, like {@link GuidePage}. */
@Entity
@Table(name = "guide_translation")
public class GuideTranslation {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "page_id", nullable = false, insertable = false, updatable = false)
    private GuidePage page;

    @Column(name = "organisation_id", insertable = false, updatable = false)
    private long organisationId;

    /** normalised, see {@code GuideLanguages} */
    @Column(name = "language", insertable = false, updatable = false)
    private String language;

    @Column(name = "integreat_id", insertable = false, updatable = false)
    private long integreatId;

    @Column(name = "url", insertable = false, updatable = false)
    private String url;

    @Column(name = "path", insertable = false, updatable = false)
    private String path;

    /** SHA-256 of the path, the key it is looked up by */
    @Column(name = "path_hash", insertable = false, updatable = false)
    private String pathHash;

    @Column(name = "title", insertable = false, updatable = false)
    private String title;

    @Column(name = "excerpt", insertable = false, updatable = false)
    private String excerpt;

    /** UTC */
    @Column(name = "last_updated", insertable = false, updatable = false)
    private LocalDateTime lastUpdated;

    protected GuideTranslation() {
    }

    public Long getId() {
        return id;
    }

    public GuidePage getPage() {
        return page;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getLanguage() {
        return language;
    }

    public long getIntegreatId() {
        return integreatId;
    }

    public String getUrl() {
        return url;
    }

    public String getPath() {
        return path;
    }

    public String getPathHash() {
        return pathHash;
    }

    public String getTitle() {
        return title;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public LocalDateTime getLastUpdated() {
        return lastUpdated;
    }
}
