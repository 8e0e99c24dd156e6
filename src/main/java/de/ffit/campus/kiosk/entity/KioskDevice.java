package de.ffit.campus.kiosk.entity;

import de.ffit.campus.organisation.entity.Location;
import de.ffit.campus.organisation.entity.Organisation;
import de.ffit.campus.platform.error.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A shared kiosk device at a location. It is not an account: it signs nobody in by itself and can reach nothing
 * but the kiosk pages. It proves itself with a secret kept in a cookie (only the secret's SHA-256 is stored),
 * which it got in exchange for a one-time setup code that a coordinator created.
 */
@Entity
@Table(name = "kiosk_device")
public class KioskDevice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_id", nullable = false)
    private Location location;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Column(name = "setup_code_hash", length = 64)
    private String setupCodeHash;

    @Column(name = "setup_expires_at")
    private LocalDateTime setupExpiresAt;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 40, updatable = false)
    private String createdBy;

    @Column(name = "set_up_at")
    private LocalDateTime setUpAt;

    @Version
    private long version;

    protected KioskDevice() {
    }

    public KioskDevice(Location location, String name, String createdBy, LocalDateTime createdAt) {
        this.location = Require.present(location, "location");
        this.organisation = location.getOrganisation();
        this.name = Require.name(name, "name", 80);
        this.createdBy = Require.present(createdBy, "createdBy");
        this.createdAt = Require.present(createdAt, "createdAt");
    }

    /**
     * A new setup code (its hash) for this kiosk. The device that was set up before stops working at once, so
     * that a lost or stolen tablet can be replaced.
     */
    public void newSetupCode(String codeHash, LocalDateTime expiresAt) {
        this.setupCodeHash = Require.present(codeHash, "setupCode");
        this.setupExpiresAt = Require.present(expiresAt, "expiresAt");
        this.tokenHash = null;
        this.setUpAt = null;
    }

    public boolean acceptsSetup(LocalDateTime now) {
        return setupCodeHash != null && setupExpiresAt != null && setupExpiresAt.isAfter(now);
    }

    /** The setup code was used: from now on the device is recognised by its secret only. */
    public void setUp(String newTokenHash, LocalDateTime now) {
        this.tokenHash = Require.present(newTokenHash, "token");
        this.setUpAt = now;
        this.setupCodeHash = null;
        this.setupExpiresAt = null;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Location getLocation() {
        return location;
    }

    public String getName() {
        return name;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Optional<LocalDateTime> getSetUpAt() {
        return Optional.ofNullable(setUpAt);
    }

    public boolean isSetUp() {
        return tokenHash != null;
    }

    public LocalDateTime getSetupExpiresAt() {
        return setupExpiresAt;
    }

    public long getVersion() {
        return version;
    }
}
