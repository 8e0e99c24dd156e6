package de.ffit.campus.audit.entity;

/** What happened to the subject of an audit event. */
public enum AuditAction {
    CREATED,
    CHANGED,
    REMOVED,
    /** personal data handed out (a learner's data export) */
    EXPORTED,
    /** a kiosk device was set up with its code */
    SET_UP,
    SIGNED_IN,
    SIGN_IN_FAILED,
    /** a brake engaged: further sign-ins of this user (or on this device) from this address are refused a while */
    LOCKED_OUT
}
