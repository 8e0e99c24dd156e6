package de.ffit.campus.account.entity;

import de.ffit.campus.organisation.entity.Organisation;
import de.ffit.campus.platform.error.Require;
import de.ffit.campus.platform.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.regex.Pattern;

/** A person who signs in: admin, coordinator or trainer of one organisation. Learners have no account. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "username", nullable = false, length = 40, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    /** PBKDF2-HMAC-SHA512, self-describing: {@code PBKDF2WithHmacSHA512:iterations:salt:hash} */
    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(Organisation organisation, String username, String displayName, Role role,
            String passwordHash, LocalDateTime createdAt) {
        this.organisation = Require.present(organisation, "organisation");
        this.username = normaliseUsername(username);
        Require.that(USERNAME.matcher(this.username).matches(), "error.username", "username");
        describe(displayName, role);
        this.passwordHash = Require.present(passwordHash, "password");
        this.active = true;
        this.createdAt = Require.present(createdAt, "createdAt");
    }

    /** Whether a typed name can belong to an account at all (after trimming, in any case). */
    public static boolean isPossibleUsername(String typed) {
        return typed != null && USERNAME.matcher(typed.strip().toLowerCase(Locale.ROOT)).matches();
    }

    public static String normaliseUsername(String username) {
        return Require.text(username, "username", 40).toLowerCase(Locale.ROOT);
    }

    public final void describe(String newDisplayName, Role newRole) {
        this.displayName = Require.name(newDisplayName, "displayName", 120);
        this.role = Require.present(newRole, "role");
    }

    public void moveTo(Organisation newOrganisation) {
        this.organisation = Require.present(newOrganisation, "organisation");
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Require.present(newHash, "password");
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
