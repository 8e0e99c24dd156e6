package de.ffit.campus.audit.entity;

/** What happened to the subject of an audit event. */
public enum AuditAction {
    CREATED,
    CHANGED,
    REMOVED
}
