package de.ffit.campus.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class VerificationLimiterTest {

    private Instant now = Instant.parse("2026-03-02T09:00:00Z");
    private final VerificationLimiter limiter = new VerificationLimiter(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void thirtyLookupsAMinutePassTheThirtyFirstWaitsUntilTheFirstIsAMinuteOld() {
        for (int i = 0; i < VerificationLimiter.PER_MINUTE; i++) {
            assertEquals(Optional.empty(), limiter.attempt("192.0.2.1"), "lookup " + (i + 1) + " may go ahead");
            now = now.plusSeconds(1);
        }
        // 30 lookups at 09:00:00 … 09:00:29; now 09:00:30: the first leaves the minute at 09:01:00
        assertEquals(Optional.of(Duration.ofSeconds(30)), limiter.attempt("192.0.2.1"));
        now = now.plusSeconds(10);
        assertEquals(Optional.of(Duration.ofSeconds(20)), limiter.attempt("192.0.2.1"),
                "a refused lookup is not counted, so the wait does not grow");
        assertEquals(Optional.empty(), limiter.attempt("198.51.100.7"), "another address is not slowed");
        now = Instant.parse("2026-03-02T09:01:00Z");
        assertEquals(Optional.empty(), limiter.attempt("192.0.2.1"), "the first lookup has left the minute");
        assertEquals(Optional.of(Duration.ofSeconds(1)), limiter.attempt("192.0.2.1"),
                "the second (09:00:01) is still within it");
    }

    @Test
    void lookupsWithoutAnAddressShareOneLimit() {
        for (int i = 0; i < VerificationLimiter.PER_MINUTE; i++) {
            assertEquals(Optional.empty(), limiter.attempt(i % 2 == 0 ? null : ""));
        }
        assertEquals(Optional.of(VerificationLimiter.WINDOW), limiter.attempt(null));
    }

    @Test
    void parallelLookupsFromOneAddressCannotSlipPastTheLimit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> lookups = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                lookups.add(() -> limiter.attempt("203.0.113.9").isEmpty());
            }
            int allowed = 0;
            for (Future<Boolean> passed : pool.invokeAll(lookups)) {
                allowed += passed.get() ? 1 : 0;
            }
            assertEquals(VerificationLimiter.PER_MINUTE, allowed);
        } finally {
            pool.shutdownNow();
        }
    }
}
