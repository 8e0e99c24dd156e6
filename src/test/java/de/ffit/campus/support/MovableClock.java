package de.ffit.campus.support;

import de.ffit.campus.platform.config.CampusSettings;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in a test deployment only ({@link de.ffit.campus.TestDeployments#withMovableClock()}):
 * the system clock in the campus' zone, as {@code CampusClock} produces it, plus a lead that a test can only
 * lengthen through {@link ClockControl}. Time may pass faster for the server than for the test, never backwards,
 * so that every other rule that reads the clock sees what it would have seen had the test waited.
 */
@Alternative
@Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class MovableClock extends Clock implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** one lead for the whole deployment, whatever zone a caller asked for */
    private static final AtomicReference<Duration> LEAD = new AtomicReference<>(Duration.ZERO);

    @Inject
    transient CampusSettings settings;

    @Override
    public ZoneId getZone() {
        return settings.zone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Ahead(zone);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(LEAD.get());
    }

    /** Moves the clock forward; returns how far it is now ahead of the system clock. */
    public Duration advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("a clock that goes back: " + by);
        }
        return LEAD.accumulateAndGet(by, Duration::plus);
    }

    /** The same clock seen in another zone. */
    private static final class Ahead extends Clock implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
        private final ZoneId zone;

        Ahead(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Ahead(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(LEAD.get());
        }
    }
}
