package de.ffit.campus.audit.control;

import de.ffit.campus.audit.entity.AuditAction;
import de.ffit.campus.audit.entity.AuditEvent;
import de.ffit.campus.platform.security.Actor;
import de.ffit.campus.platform.security.AuditNote;
import de.ffit.campus.platform.security.SignInNote;
import de.ffit.campus.platform.web.RequestOrigin;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes and reads the audit trail. Recording joins the caller's transaction and refuses to run without one: a
 * history entry exists exactly when its change was committed. Each entry notes the client address of the web
 * request it came from ({@link RequestOrigin}) and goes to the security log as one line ({@link SecurityLog}) when
 * its transaction commits.
 * Sign-in attempts have no transaction of their own; {@link #recordSignIn} starts one.
 */
@Stateless
public class AuditTrail {

    /** Looked up once: {@code Json.createObjectBuilder()} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** Each value is cut to this many characters, so that the JSON stays within its column and valid. */
    static final int MAX_VALUE = 500;

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * @param context what the event belongs to on screen, e.g. {@code lesson:42}
     * @param before the subject's relevant values before, or null when it was created
     * @param after the values after, or null when it was removed
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEvent record(Actor actor, String subjectType, long subjectId, String context, AuditAction action,
            Map<String, String> before, Map<String, String> after) {
        return record(actor, actor.organisationId(), subjectType, subjectId, context, action, before, after);
    }

    /** As above, for an event that belongs to another organisation than the actor's (an admin's changes). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEvent record(Actor actor, long organisationId, String subjectType, long subjectId, String context,
            AuditAction action, Map<String, String> before, Map<String, String> after) {
        AuditEvent event = new AuditEvent(organisationId, now(),
                actor.username(), subjectType, subjectId, context, action, json(before), json(after), address());
        em.persist(event);
        logWhenCommitted(event, before, after);
        return event;
    }

    /** A change noted by a feature that cannot call this class (see {@link AuditNote}), in its transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void noted(@Observes AuditNote note) {
        record(note.actor(), note.organisationId(), note.subjectType(), note.subjectId(), note.context(),
                AuditAction.valueOf(note.action()), note.before(), note.after());
    }

    /**
     * A sign-in attempt, in a transaction of its own (the sign-in mechanism has none, and a refused attempt must
     * stay on record). An account's attempt belongs to the account's organisation; a user name that no account has
     * belongs to none, so that only admins see it. The actor is the user name as typed, cut and without control
     * characters. A kiosk device's attempts (lockouts) belong to the device's organisation.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AuditEvent recordSignIn(SignInNote note) {
        String username = SecurityLog.printable(note.username(), 40);
        Long organisationId = note.organisationId();
        long subjectId = note.subjectId();
        if (organisationId == null && !username.isEmpty()) {
            Object[] account = em.createQuery("select a.id, a.organisation.id from UserAccount a "
                            + "where a.username = :u", Object[].class)
                    .setParameter("u", username.toLowerCase(Locale.ROOT)).getResultStream().findFirst()
                    .orElse(null);
            if (account != null) {
                subjectId = (Long) account[0];
                organisationId = (Long) account[1];
            }
        }
        AuditEvent event = new AuditEvent(organisationId, now(),
                username.isEmpty() ? "anonymous" : username, note.subjectType(), subjectId,
                note.subjectType().equals("SignIn") ? "signin" : note.subjectType().toLowerCase(Locale.ROOT)
                        + ":" + subjectId,
                AuditAction.valueOf(note.outcome().name()), null, null,
                note.address() == null ? address() : note.address());
        em.persist(event);
        logWhenCommitted(event, null, null);
        return event;
    }

    /** the log line once the transaction has committed: a change that was rolled back did not happen */
    private void logWhenCommitted(AuditEvent event, Map<String, String> before, Map<String, String> after) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    SecurityLog.write(event, before, after);
                }
            }
        });
    }

    /** to the microsecond, as the database keeps it, so that the log line and the stored event say the same */
    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MICROS);
    }

    /** the client address of the web request being served, or null outside one */
    private String address() {
        try {
            return origin.address();
        } catch (ContextNotActiveException outsideRequest) {
            return null;
        }
    }

    /** The events of a context in the actor's organisation, newest first. */
    public List<AuditEvent> history(Actor actor, String context, int max) {
        return em.createQuery("select e from AuditEvent e where e.organisationId = :org and e.context = :context "
                        + "order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("org", actor.organisationId()).setParameter("context", context)
                .setMaxResults(max).getResultList();
    }

    /**
     * For the admin's audit log: the newest events of an organisation (or of all, {@code organisationId} null),
     * in a period of days, optionally of one account (the user name as typed, case-insensitive) and one kind of
     * subject; at most {@code max}. Admins only.
     */
    public List<AuditEvent> search(Actor actor, Long organisationId, LocalDate from, LocalDate to,
            String who, String subjectType, int max) {
        return search(actor, organisationId, from, to, who, subjectType, false, max);
    }

    /** The kinds of subject whose every event is a security event (see {@link #search}). */
    public static final List<String> SECURITY_SUBJECTS = List.of("Account", "Organisation", "SignIn", "Kiosk");

    /**
     * As above; with {@code securityOnly} just the security events: sign-ins, failures and lockouts, changes to
     * accounts (roles, deactivation, passwords) and organisations, kiosk devices (registered, set up, locked), and
     * learners' personal data exported or erased.
     */
    public List<AuditEvent> search(Actor actor, Long organisationId, LocalDate from, LocalDate to,
            String who, String subjectType, boolean securityOnly, int max) {
        actor.requireAdmin();
        StringBuilder jpql = new StringBuilder("select e from AuditEvent e where e.occurredAt >= :from "
                + "and e.occurredAt < :to");
        if (organisationId != null) {
            jpql.append(" and e.organisationId = :org");
        }
        if (who != null && !who.isBlank()) {
            jpql.append(" and lower(e.actor) = :who");
        }
        if (subjectType != null && !subjectType.isBlank()) {
            jpql.append(" and e.subjectType = :type");
        }
        if (securityOnly) {
            jpql.append(" and (e.subjectType in :securityTypes or e.action in :securityActions"
                    + " or (e.subjectType = 'Learner' and e.action in :learnerActions))");
        }
        jpql.append(" order by e.occurredAt desc, e.id desc");
        var query = em.createQuery(jpql.toString(), AuditEvent.class)
                .setParameter("from", from.atStartOfDay()).setParameter("to", to.plusDays(1).atStartOfDay());
        if (organisationId != null) {
            query.setParameter("org", organisationId);
        }
        if (who != null && !who.isBlank()) {
            query.setParameter("who", who.strip().toLowerCase(Locale.ROOT));
        }
        if (subjectType != null && !subjectType.isBlank()) {
            query.setParameter("type", subjectType.strip());
        }
        if (securityOnly) {
            query.setParameter("securityTypes", SECURITY_SUBJECTS)
                    .setParameter("securityActions", List.of(AuditAction.SIGNED_IN, AuditAction.SIGN_IN_FAILED,
                            AuditAction.LOCKED_OUT, AuditAction.SET_UP, AuditAction.EXPORTED))
                    .setParameter("learnerActions", List.of(AuditAction.REMOVED, AuditAction.EXPORTED));
        }
        return query.setMaxResults(Math.max(1, Math.min(max, 1000))).getResultList();
    }

    /** The kinds of subject the trail has events about, for the filter. */
    public List<String> subjectTypes(Actor actor) {
        actor.requireAdmin();
        return em.createQuery("select distinct e.subjectType from AuditEvent e order by e.subjectType", String.class)
                .getResultList();
    }

    static String json(Map<String, String> values) {
        if (values == null) {
            return null;
        }
        JsonObjectBuilder object = JSON.createObjectBuilder();
        values.forEach((key, value) -> {
            if (value == null) {
                object.addNull(key);
            } else {
                object.add(key, value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE) + "…");
            }
        });
        return object.build().toString();
    }
}
