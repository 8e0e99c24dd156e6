package de.ffit.campus.organisation.entity;

import de.ffit.campus.platform.error.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.regex.Pattern;

/** A municipality, district or association that runs ffIT courses; it sees only its own data. */
@Entity
@Table(name = "organisation")
public class Organisation {

    /** Integreat region slugs as the CMS writes them: {@code augsburg}, {@code landkreis-augsburg}. */
    static final Pattern REGION = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "integreat_region", nullable = false, length = 80)
    private String integreatRegion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, String integreatRegion, LocalDateTime createdAt) {
        rename(name);
        moveToRegion(integreatRegion);
        this.createdAt = Require.present(createdAt, "createdAt");
    }

    public final void rename(String newName) {
        this.name = Require.name(newName, "name", 120);
    }

    public final void moveToRegion(String region) {
        String slug = Require.text(region, "integreatRegion", 80).toLowerCase(Locale.ROOT);
        Require.that(REGION.matcher(slug).matches(), "error.region", "integreatRegion");
        this.integreatRegion = slug;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getIntegreatRegion() {
        return integreatRegion;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
