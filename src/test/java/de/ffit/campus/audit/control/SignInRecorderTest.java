package de.ffit.campus.audit.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInRecorderTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void aLockoutIsRecordedOncePerUserAndAddressIn15Minutes() {
        SignInRecorder recorder = new SignInRecorder();
        assertTrue(recorder.firstLockout("admin", "192.0.2.1", NOW));
        assertFalse(recorder.firstLockout("admin", "192.0.2.1", NOW.plusSeconds(1)), "the same brake again");
        assertFalse(recorder.firstLockout("ADMIN", "192.0.2.1", NOW.plus(Duration.ofMinutes(14))), "any case");
        assertTrue(recorder.firstLockout("admin", "192.0.2.2", NOW.plusSeconds(2)), "another address");
        assertTrue(recorder.firstLockout("trainer", "192.0.2.1", NOW.plusSeconds(3)), "another user");
        assertTrue(recorder.firstLockout("admin", "192.0.2.1", NOW.plus(Duration.ofMinutes(15))), "later again");
    }

    @Test
    void aFloodOfAddressesCannotGrowTheMemoryWithoutBound() {
        SignInRecorder recorder = new SignInRecorder();
        for (int i = 0; i < SignInRecorder.REMEMBERED * 2; i++) {
            recorder.firstLockout("admin", "10.0." + (i / 256) + "." + (i % 256), NOW);
        }
        assertTrue(recorder.lockouts.size() <= SignInRecorder.REMEMBERED);
    }
}
