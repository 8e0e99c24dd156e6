package de.ffit.campus.platform.security;

import java.util.Map;

/**
 * A change for the audit trail, fired as a CDI event by features that the audit feature itself builds on
 * (accounts, organisations), so that they need not import it. The audit feature observes it within the
 * firing service's transaction: the entry exists exactly when the change was committed.
 *
 * @param organisationId the organisation the event belongs to: the subject's (an account's, the organisation
 *        itself), which for an admin need not be the actor's
 * @param action the name of an {@code AuditAction}, e.g. {@code CHANGED}
 * @param before the relevant values before (never a password or PIN), or null when created
 * @param after the values after, or null when removed
 */
public record AuditNote(Actor actor, long organisationId, String subjectType, long subjectId, String context,
        String action, Map<String, String> before, Map<String, String> after) {

    /** A change in the actor's own organisation. */
    public AuditNote(Actor actor, String subjectType, long subjectId, String context, String action,
            Map<String, String> before, Map<String, String> after) {
        this(actor, actor.organisationId(), subjectType, subjectId, context, action, before, after);
    }
}
