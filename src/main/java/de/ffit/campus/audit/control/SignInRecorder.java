package de.ffit.campus.audit.control;

import de.ffit.campus.audit.entity.AuditAction;
import de.ffit.campus.platform.security.SignInNote;
import de.ffit.campus.platform.web.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts sign-in attempts on record (see {@link SignInNote}). A brake refuses every attempt while it holds; only the
 * first refusal per user name and address in {@link #LOCKOUT_QUIET} becomes a lockout event, so that an attacker's
 * refused attempts cannot flood the trail. Kept in memory per instance: in a cluster each instance records its own
 * first one. A failure to record is logged and does not break the sign-in.
 */
@ApplicationScoped
public class SignInRecorder {

    private static final Logger LOG = Logger.getLogger(SignInRecorder.class.getName());
    static final Duration LOCKOUT_QUIET = Duration.ofMinutes(15);
    /** bound on the remembered lockouts: beyond it the expired ones are dropped, then all (a flood of addresses) */
    static final int REMEMBERED = 10_000;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    final Map<String, Instant> lockouts = new ConcurrentHashMap<>();

    public void noted(@Observes SignInNote note) {
        AuditAction action = AuditAction.valueOf(note.outcome().name());
        if (action == AuditAction.LOCKED_OUT && !firstLockout(note.subjectType() + ":" + note.username(),
                note.address() == null ? address() : note.address(), clock.instant())) {
            return;
        }
        try {
            trail.recordSignIn(note);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A sign-in event could not be recorded: {0}", e.toString());
        }
    }

    /** the current web request's client address, null outside one */
    private String address() {
        try {
            return origin.address();
        } catch (ContextNotActiveException outsideRequest) {
            return null;
        }
    }

    /** whether this is the first lockout of the user name from the address in the quiet time (and notes it) */
    boolean firstLockout(String username, String address, Instant now) {
        String key = SecurityLog.printable(username, 40).toLowerCase(Locale.ROOT) + "\u0000" + address;
        if (lockouts.size() >= REMEMBERED) {
            lockouts.values().removeIf(at -> !at.plus(LOCKOUT_QUIET).isAfter(now));
            if (lockouts.size() >= REMEMBERED) {
                lockouts.clear();
            }
        }
        boolean[] first = {false};
        lockouts.compute(key, (k, last) -> {
            if (last == null || !last.plus(LOCKOUT_QUIET).isAfter(now)) {
                first[0] = true;
                return now;
            }
            return last;
        });
        return first[0];
    }
}
