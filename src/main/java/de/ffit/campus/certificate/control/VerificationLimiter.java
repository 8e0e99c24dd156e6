package de.ffit.campus.certificate.control;

import de.ffit.campus.platform.security.Brake;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Limits public verification lookups per address (page, API and file upload together; found or not, the serial alone
 * included): enough for a person checking a pile of certificates, far too few for anyone trying codes. The QR code's
 * code has 144 random bits; the short code a person types has 50, so at 30 tries a minute one address would need
 * some 7,000 years on average to hit any one of 10,000 certificates. The limit also keeps the lookups from loading
 * the database. A window {@link Brake} that counts every lookup.
 */
@ApplicationScoped
public class VerificationLimiter {

    static final int PER_MINUTE = 30;
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final int MAX_ADDRESSES = 50_000;

    private final Brake lookups = Brake.window(PER_MINUTE, WINDOW);
    private final Clock clock;

    public VerificationLimiter() {
        this(Clock.systemUTC());
    }

    VerificationLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts a lookup from this address: empty if it may go ahead, else how long to wait. */
    public Optional<Duration> attempt(String address) {
        if (lookups.keys() > MAX_ADDRESSES) {
            // a flood of addresses: forget them all rather than scan them on every lookup
            lookups.forgetAll();
        }
        return lookups.attempt(address == null ? "" : address, clock.instant());
    }
}
