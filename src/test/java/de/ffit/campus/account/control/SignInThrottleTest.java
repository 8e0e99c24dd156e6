package de.ffit.campus.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** a wrong attempt, as the sign-in makes it: begun (and so counted), then failed; whether a brake engaged */
    private boolean wrong(String user, String address, String device) {
        assertEquals(Optional.empty(), throttle.begin(user, address, device), user + " may try now");
        return throttle.failed(user, address, device);
    }

    @Test
    void fiveFailuresFromOneAddressMakeTheNextTryWaitAMinuteThenTwiceAsLongUpToAQuarterOfAnHour() {
        for (int i = 1; i <= 4; i++) {
            assertFalse(wrong("Coordinator", "10.0.0.1", null), "failure " + i + " costs nothing");
        }
        assertTrue(wrong("coordinator", "10.0.0.1", null), "the fifth engages the brake");
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.waitBeforeNextAttempt("COORDINATOR", "10.0.0.1",
                null));
        assertTrue(throttle.begin("coordinator", "10.0.0.1", null).isPresent(), "refused while waiting");
        for (long expected : new long[] {2, 4, 8, 15, 15, 15}) {
            now = now.plus(throttle.waitBeforeNextAttempt("coordinator", "10.0.0.1", null).orElseThrow());
            assertTrue(wrong("coordinator", "10.0.0.1", null));
            assertEquals(Optional.of(Duration.ofMinutes(expected)),
                    throttle.waitBeforeNextAttempt("coordinator", "10.0.0.1", null));
        }
        now = now.plus(SignInThrottle.FORGET_AFTER);
        assertEquals(Optional.empty(), throttle.waitBeforeNextAttempt("coordinator", "10.0.0.1", null),
                "a quiet hour forgets the failures");
        assertFalse(wrong("coordinator", "10.0.0.1", null));
    }

    @Test
    void eachFailureCountsForAnHour() {
        for (int i = 0; i < 4; i++) {
            wrong("trainer", "10.0.0.1", null);
        }
        now = now.plus(Duration.ofMinutes(50));
        assertTrue(wrong("trainer", "10.0.0.1", null), "five within the hour");
        now = now.plus(Duration.ofMinutes(11));
        assertEquals(Optional.empty(), throttle.waitBeforeNextAttempt("trainer", "10.0.0.1", null));
        assertFalse(wrong("trainer", "10.0.0.1", null), "the first four are an hour old: two count now");
    }

    @Test
    void failuresFromOneAddressDoNotSlowTheOwnerElsewhereNorOnTheirOwnDevice() {
        for (int i = 0; i < 10; i++) {
            throttle.begin("admin", "203.0.113.66", null);
        }
        assertTrue(throttle.waitBeforeNextAttempt("admin", "203.0.113.66", null).isPresent(), "the attacker waits");
        assertEquals(Optional.empty(), throttle.waitBeforeNextAttempt("admin", "198.51.100.7", null),
                "the owner at another address does not");
        assertEquals(Optional.empty(), throttle.waitBeforeNextAttempt("admin", "203.0.113.66", "device:7"),
                "nor on their own device, even behind the attacker's address");
        assertEquals(Optional.empty(), throttle.waitBeforeNextAttempt("trainer", "198.51.100.7", null));
    }

    @Test
    void aDeviceIsBrakedOnlyByItsOwnFailures() {
        for (int i = 0; i < 4; i++) {
            assertFalse(wrong("trainer", "10.0.0.1", "device:1"));
        }
        assertTrue(wrong("trainer", "10.0.0.1", "device:1"), "the owner's own typos slow their device");
        assertTrue(throttle.waitBeforeNextAttempt("trainer", "10.0.0.1", "device:1").isPresent());
        assertEquals(Optional.empty(), throttle.waitBeforeNextAttempt("trainer", "10.0.0.1", null),
                "and nothing else: not the address, not the account elsewhere");
        assertEquals(Optional.empty(), throttle.waitBeforeNextAttempt("trainer", "10.0.0.1", "device:2"));
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedToo() {
        for (int i = 0; i < SignInThrottle.FREE_PER_ADDRESS; i++) {
            throttle.begin("user" + i, "192.0.2.7", null);
        }
        assertTrue(throttle.waitBeforeNextAttempt("somebody", "192.0.2.7", null).isPresent());
        assertTrue(throttle.waitBeforeNextAttempt("somebody", "192.0.2.8", null).isEmpty());
        assertTrue(throttle.waitBeforeNextAttempt("somebody", "192.0.2.7", "device:3").isEmpty(),
                "a device of the account is not slowed by its network's other guesses");
    }

    @Test
    void aGuessSpreadOverManyAddressesIsCaughtByTheAccountsNetWhichSparesTheOwnersDevice() {
        for (int i = 0; i < SignInThrottle.FREE_PER_ACCOUNT; i++) {
            throttle.begin("admin", "10.9." + (i / 250) + "." + (i % 250), null);
        }
        assertTrue(throttle.waitBeforeNextAttempt("admin", "10.10.0.1", null).isPresent(),
                "a new browser at a new address waits");
        assertTrue(throttle.waitBeforeNextAttempt("admin", "10.10.0.1", "device:9").isEmpty(),
                "the owner's device does not");
    }

    @Test
    void aSuccessfulSignInForgetsTheFailuresFromThereAndIsNotCountedItself() {
        for (int i = 0; i < 4; i++) {
            wrong("trainer", "10.0.0.1", null);
        }
        assertTrue(throttle.begin("trainer", "10.0.0.1", null).isEmpty());
        throttle.succeeded("trainer", "10.0.0.1", null);
        for (int i = 0; i < 4; i++) {
            assertFalse(wrong("trainer", "10.0.0.1", null), "failure " + i + " after the success");
        }
    }

    @Test
    void unicodeSpacesAroundTheNameDoNotOpenAFreshCounter() {
        for (String variant : new String[] {"admin", "admin\u2003", "\u3000admin", "ADMIN\u2000", " Admin "}) {
            throttle.begin(variant, "10.0.0.1");
        }
        assertTrue(throttle.begin("admin\u200A", "10.0.0.1").isPresent());
    }

    @Test
    void parallelGuessesAreCountedBeforeTheSlowPasswordCheck() throws Exception {
        int guesses = 50;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        var start = new java.util.concurrent.CountDownLatch(1);
        var allowed = new java.util.concurrent.atomic.AtomicInteger();
        var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
        for (int i = 0; i < guesses; i++) {
            done.add(pool.submit(() -> {
                start.await();
                if (throttle.begin("coordinator", "10.1.0.1").isEmpty()) {
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
        assertEquals(SignInThrottle.FREE_PER_ACCOUNT_AND_ADDRESS, allowed.get(),
                "only five password checks, however many arrive at once");
    }
}
