package de.ffit.campus.badge.entity;

import de.ffit.campus.platform.error.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One P-256 key pair of an organisation: the public key as a JWK (published in its DID document for good), the
 * private key encrypted under the master key. Only the active one signs; a retired one stays so that what it
 * signed still verifies.
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "kid", nullable = false, updatable = false, length = 64)
    private String kid;

    @Column(name = "public_jwk", nullable = false, updatable = false, length = 1000)
    private String publicJwk;

    @Column(name = "private_key", nullable = false, updatable = false, length = 1000)
    private String privateKey;

    /** the organisation's id while this is its active key, else null (unique: one active key per organisation) */
    @Column(name = "active_for")
    private Long activeFor;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "retired_at")
    private LocalDateTime retiredAt;

    protected SigningKey() {
    }

    public SigningKey(long organisationId, String kid, String publicJwk, String encryptedPrivateKey,
            LocalDateTime createdAt) {
        this.organisationId = organisationId;
        this.kid = Require.text(kid, "kid", 64);
        this.publicJwk = Require.text(publicJwk, "publicJwk", 1000);
        this.privateKey = Require.text(encryptedPrivateKey, "privateKey", 1000);
        this.activeFor = organisationId;
        this.createdAt = Require.present(createdAt, "createdAt");
    }

    /** replaced by a new key: signs no more, stays published */
    public void retire(LocalDateTime at) {
        activeFor = null;
        retiredAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getKid() {
        return kid;
    }

    public String getPublicJwk() {
        return publicJwk;
    }

    public String getPrivateKey() {
        return privateKey;
    }

    public boolean isActive() {
        return activeFor != null;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getRetiredAt() {
        return retiredAt;
    }
}
