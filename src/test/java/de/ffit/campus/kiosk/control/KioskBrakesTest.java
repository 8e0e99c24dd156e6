package de.ffit.campus.kiosk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KioskBrakesTest {

    private Instant now = Instant.parse("2026-03-02T09:00:00Z");
    private final KioskBrakes brakes = new KioskBrakes(new Clock() {
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

    private boolean wrongPin(String card, String kiosk) {
        assertEquals(Optional.empty(), brakes.begin(card, kiosk), card + " may be tried on " + kiosk);
        return brakes.failed(card, kiosk);
    }

    @Test
    void aCardLocksAfterFiveWrongPinsWarnsBeforeTheLastAndOpensWhenATrainerUnlocksIt() {
        for (int i = 0; i < 4; i++) {
            assertFalse(wrongPin("learner-card:1", "kiosk:1"));
        }
        assertEquals(1, brakes.triesLeft("learner-card:1"), "the kiosk warns before the last try");
        assertTrue(wrongPin("learner-card:1", "kiosk:1"));
        Optional<KioskBrakes.Wait> wait = brakes.waitBeforeNextAttempt("learner-card:1", "kiosk:1");
        assertEquals(Optional.of(new KioskBrakes.Wait(Duration.ofMinutes(15), false)), wait, "the card, not the kiosk");
        assertEquals(Optional.empty(), brakes.waitBeforeNextAttempt("learner-card:2", "kiosk:1"));
        brakes.forget("learner-card:1");
        assertEquals(Optional.empty(), brakes.waitBeforeNextAttempt("learner-card:1", "kiosk:1"));
        assertEquals(KioskBrakes.TRIES_PER_CARD, brakes.triesLeft("learner-card:1"));
    }

    @Test
    void thirtyWrongPinsPauseTheKioskForEveryCardSayingItIsTheKioskUntilACardTriedThereIsUnlocked() {
        for (int card = 0; card < 6; card++) {
            for (int i = 0; i < 5; i++) {
                wrongPin("learner-card:" + card, "kiosk:7");
            }
        }
        Optional<KioskBrakes.Wait> wait = brakes.waitBeforeNextAttempt("learner-card:99", "kiosk:7");
        assertTrue(wait.isPresent() && wait.get().kiosk(), "the kiosk is paused: " + wait);
        assertTrue(brakes.kioskPause("kiosk:7").isPresent());
        assertEquals(Optional.empty(), brakes.waitBeforeNextAttempt("learner-card:99", "kiosk:8"),
                "other kiosks are open");
        brakes.forget("learner-card:99");
        assertTrue(brakes.kioskPause("kiosk:7").isPresent(), "a card never tried there does not open it");
        brakes.forget("learner-card:3");
        assertEquals(Optional.empty(), brakes.kioskPause("kiosk:7"), "unlocking a card tried there opens it");
        assertEquals(Optional.empty(), brakes.waitBeforeNextAttempt("learner-card:99", "kiosk:7"));
    }

    @Test
    void aCoordinatorOpensAPausedKioskAtOnceAndOtherwiseItOpensByItself() {
        for (int i = 0; i < KioskBrakes.TRIES_PER_KIOSK; i++) {
            brakes.begin("code:1:" + i, "kiosk:3");
        }
        assertTrue(brakes.kioskPause("kiosk:3").isPresent());
        brakes.release("kiosk:3");
        assertEquals(Optional.empty(), brakes.kioskPause("kiosk:3"));
        for (int i = 0; i < KioskBrakes.TRIES_PER_KIOSK; i++) {
            brakes.begin("code:2:" + i, "kiosk:3");
        }
        now = now.plus(KioskBrakes.WINDOW);
        assertEquals(Optional.empty(), brakes.kioskPause("kiosk:3"));
    }

    @Test
    void wrongSetupCodesSlowTheirAddressOnlyWithGrowingWaits() {
        for (int i = 0; i < 4; i++) {
            assertEquals(Optional.empty(), brakes.beginSetUp("10.0.0.66"));
            assertFalse(brakes.setUpFailed("10.0.0.66"));
        }
        assertEquals(Optional.empty(), brakes.beginSetUp("10.0.0.66"));
        assertTrue(brakes.setUpFailed("10.0.0.66"), "the fifth wrong code engages the brake");
        assertEquals(Optional.of(Duration.ofMinutes(1)), brakes.beginSetUp("10.0.0.66"));
        assertEquals(Optional.empty(), brakes.beginSetUp("10.0.0.67"), "another address sets up a kiosk");
        brakes.setUpSucceeded("10.0.0.67");
        now = now.plus(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), brakes.beginSetUp("10.0.0.66"));
        assertEquals(Optional.of(Duration.ofMinutes(2)), brakes.beginSetUp("10.0.0.66"), "then twice as long");
    }

    @Test
    void setupCodesAndLearnerCardsShareNoKeysWithEachOther() {
        for (int i = 0; i < 40; i++) {
            brakes.begin("kiosk-setup", "10.0.0.5");
        }
        assertEquals(Optional.empty(), brakes.beginSetUp("10.0.0.5"));
        assertEquals(Optional.empty(), brakes.beginSetUp("kiosk-setup"));
    }
}
