package de.ffit.campus.badge.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * An organisation's revocation list (Bitstring Status List v1.0) as its bits; a set bit is a revoked credential.
 * Changed under a row lock (issuing and revoking lock it), so no optimistic version.
 */
@Entity
@Table(name = "status_list")
public class StatusList {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "list_number", nullable = false, updatable = false)
    private int listNumber;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "bits", nullable = false)
    private byte[] bits;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "taken", nullable = false)
    private byte[] taken;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    /** counts the revocations: changes exactly when the served list does (its ETag), not when an index is taken */
    @Column(name = "revision", nullable = false)
    private long revision;

    protected StatusList() {
    }

    public StatusList(long organisationId, int listNumber, byte[] bits, LocalDateTime at) {
        this.organisationId = organisationId;
        this.listNumber = listNumber;
        this.bits = bits.clone();
        this.taken = bits.clone();
        this.updatedAt = at;
    }

    /** the indexes given to credentials so far */
    public byte[] taken() {
        return taken.clone();
    }

    /** one more index given to a credential */
    public void replaceTaken(byte[] newTaken) {
        this.taken = newTaken.clone();
    }

    /** a credential revoked: its bit set (the caller sets it on a copy) */
    public void replaceBits(byte[] newBits, LocalDateTime at) {
        this.bits = newBits.clone();
        this.updatedAt = at;
        this.revision++;
    }

    public byte[] bits() {
        return bits.clone();
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public int getListNumber() {
        return listNumber;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getRevision() {
        return revision;
    }
}
