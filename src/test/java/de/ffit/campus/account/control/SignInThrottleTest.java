package de.ffit.campus.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private Instant now = Instant.parse("2026-03-02T09:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void fiveFailuresForOneUserBlockFurtherAttemptsUntilTheWindowPasses() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Coordinator", "10.0.0." + i);
            now = now.plusSeconds(60);
        }
        assertEquals(Optional.empty(), throttle.waitBeforeNextAttempt("coordinator", "10.0.0.9"));
        throttle.failed("coordinator", "10.0.0.5");
        Optional<Duration> wait = throttle.waitBeforeNextAttempt("COORDINATOR", "10.0.0.9");
        assertTrue(wait.isPresent());
        assertEquals(Duration.ofMinutes(11), wait.get(), "15 minutes after the first of the five failures");
        assertEquals(Optional.empty(), throttle.waitBeforeNextAttempt("trainer", "10.0.0.9"),
                "other users are not affected");
        now = now.plus(Duration.ofMinutes(11)).plusSeconds(1);
        assertEquals(Optional.empty(), throttle.waitBeforeNextAttempt("coordinator", "10.0.0.9"));
    }

    @Test
    void oneAddressTryingManyNamesIsBlockedToo() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "192.0.2.7");
        }
        assertTrue(throttle.waitBeforeNextAttempt("somebody", "192.0.2.7").isPresent());
        assertTrue(throttle.waitBeforeNextAttempt("somebody", "192.0.2.8").isEmpty());
    }

    @Test
    void aSuccessfulSignInForgetsTheUsersFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("trainer", "10.0.0.1");
        }
        assertTrue(throttle.begin("trainer", "10.0.0.1").isEmpty());
        throttle.succeeded("trainer", "10.0.0.1");
        throttle.failed("trainer", "10.0.0.1");
        assertTrue(throttle.waitBeforeNextAttempt("trainer", "10.0.0.2").isEmpty());
    }

    @Test
    void unicodeSpacesAroundTheNameDoNotOpenAFreshCounter() {
        for (String variant : new String[] {"admin", "admin\u2003", "\u3000admin", "ADMIN\u2000", " Admin "}) {
            throttle.begin(variant, "10.0.0." + variant.length());
        }
        assertTrue(throttle.begin("admin\u200A", "10.0.0.99").isPresent());
    }

    @Test
    void parallelGuessesAreCountedBeforeTheSlowPasswordCheck() throws Exception {
        int guesses = 50;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        var start = new java.util.concurrent.CountDownLatch(1);
        var allowed = new java.util.concurrent.atomic.AtomicInteger();
        var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
        for (int i = 0; i < guesses; i++) {
            int n = i;
            done.add(pool.submit(() -> {
                start.await();
                if (throttle.begin("coordinator", "10.1.0." + n).isEmpty()) {
                    allowed.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (var f : done) {
            f.get();
        }
        pool.shutdown();
        assertEquals(SignInThrottle.MAX_FAILURES_PER_USER, allowed.get(),
                "only five password checks, however many arrive at once");
    }
}
