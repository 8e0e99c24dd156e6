package de.ffit.campus.kiosk.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;

/**
 * A learner signed in at a kiosk: kept in the HTTP session, which is thrown away at sign-out, so that nothing
 * of one learner is left for the next. Bound to the device it started on.
 */
public final class KioskVisit implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String ATTRIBUTE = "ffit.kiosk.visit";
    /** the code typed on the first screen, waiting for its PIN */
    static final String PENDING_CODE = "ffit.kiosk.code";
    /** the code of a sign-in that was not right, shown once more on the code screen to be checked */
    static final String RETRY_CODE = "ffit.kiosk.retryCode";

    private final long deviceId;
    private final long organisationId;
    private final long learnerId;
    private volatile long lastSeenMillis;

    KioskVisit(long deviceId, long organisationId, long learnerId, long now) {
        this.deviceId = deviceId;
        this.organisationId = organisationId;
        this.learnerId = learnerId;
        this.lastSeenMillis = now;
    }

    static Optional<KioskVisit> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof KioskVisit visit
                ? Optional.of(visit) : Optional.empty();
    }

    public long deviceId() {
        return deviceId;
    }

    public long organisationId() {
        return organisationId;
    }

    public long learnerId() {
        return learnerId;
    }

    boolean idleLongerThan(long millis, long now) {
        return now - lastSeenMillis > millis;
    }

    void seen(long now) {
        lastSeenMillis = now;
    }
}
