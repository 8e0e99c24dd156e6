package de.ffit.campus.audit.entity;

import de.ffit.campus.platform.privacy.PersonalData;
import de.ffit.campus.platform.error.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One change to one record: who, when (UTC), what it was before and after (small JSON objects). Written once,
 * never changed. It refers to its subject by type and id only, so the history outlives the record.
 */
@Entity
@PersonalData(columns = {"subject_id", "before_value", "after_value"},
        purpose = "who changed which mark or certificate when (a learner’s enrollment is a subject; a note may "
                + "name a person)",
        onErase = PersonalData.Erasure.ANONYMISE)
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** null for a sign-in with a user name that no account has: it belongs to no organisation, admins see it */
    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 40)
    private String actor;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "context", nullable = false, updatable = false, length = 80)
    private String context;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 20)
    private AuditAction action;

    @Column(name = "before_value", updatable = false, length = 2000)
    private String before;

    @Column(name = "after_value", updatable = false, length = 2000)
    private String after;

    /** where the request came from (see ClientAddress), null outside web requests */
    @Column(name = "client_address", updatable = false, length = 64)
    private String clientAddress;

    protected AuditEvent() {
    }

    public AuditEvent(Long organisationId, LocalDateTime occurredAt, String actor, String subjectType, long subjectId,
            String context, AuditAction action, String before, String after) {
        this(organisationId, occurredAt, actor, subjectType, subjectId, context, action, before, after, null);
    }

    public AuditEvent(Long organisationId, LocalDateTime occurredAt, String actor, String subjectType, long subjectId,
            String context, AuditAction action, String before, String after, String clientAddress) {
        this.organisationId = organisationId;
        this.occurredAt = Require.present(occurredAt, "occurredAt");
        this.actor = Require.text(actor, "actor", 40);
        this.subjectType = Require.text(subjectType, "subjectType", 40);
        this.subjectId = subjectId;
        this.context = Require.text(context, "context", 80);
        this.action = Require.present(action, "action");
        this.before = before;
        this.after = after;
        this.clientAddress = clientAddress == null || clientAddress.isBlank() ? null
                : clientAddress.length() <= 64 ? clientAddress : clientAddress.substring(0, 64);
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getContext() {
        return context;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
