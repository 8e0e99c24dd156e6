package de.ffit.campus.kiosk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.account.control.PasswordHashing;
import de.ffit.campus.platform.persistence.ApplicationStart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinHashingTest {

    @TempDir
    Path dir;

    static PinHashing withKey(byte fill) {
        PinHashing pins = new PinHashing();
        pins.legacy = new PasswordHashing();
        byte[] key = new byte[32];
        Arrays.fill(key, fill);
        pins.useKey(key);
        return pins;
    }

    @Test
    void aPinVerifiesAgainstItsOwnHashAndNoOtherPin() {
        PinHashing pins = withKey((byte) 7);
        String hash = pins.hash("4821".toCharArray());
        assertTrue(hash.matches("hmac1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), hash);
        assertTrue(pins.verify("4821".toCharArray(), hash));
        assertFalse(pins.verify("4822".toCharArray(), hash));
        assertFalse(pins.verify("48210".toCharArray(), hash));
        assertFalse(pins.verify("".toCharArray(), hash));
        assertFalse(pins.isOld(hash));
    }

    @Test
    void theSamePinGetsADifferentHashEachTimeForItsSalt() {
        PinHashing pins = withKey((byte) 7);
        String one = pins.hash("4821".toCharArray());
        String two = pins.hash("4821".toCharArray());
        assertNotEquals(one, two);
        assertTrue(pins.verify("4821".toCharArray(), one) && pins.verify("4821".toCharArray(), two));
    }

    @Test
    void withoutTheKeyTheHashIsWorthNothing() {
        String hash = withKey((byte) 7).hash("4821".toCharArray());
        assertFalse(withKey((byte) 8).verify("4821".toCharArray(), hash), "another key: another MAC");
    }

    @Test
    void anOldPbkdf2HashStillVerifiesAndIsMarkedForReplacement() {
        PinHashing pins = withKey((byte) 7);
        String old = new PasswordHashing().generate("2580".toCharArray());
        assertTrue(old.startsWith("PBKDF2WithHmacSHA512:210000:"), old);
        assertTrue(pins.isOld(old));
        assertTrue(pins.verify("2580".toCharArray(), old));
        assertFalse(pins.verify("2581".toCharArray(), old));
    }

    @Test
    void malformedOrMissingHashesNeverVerify() {
        PinHashing pins = withKey((byte) 7);
        for (String stored : new String[] {null, "", "hmac1$", "hmac1$abc", "hmac1$!!$!!", "hmac1$a$b$c",
                "PBKDF2WithHmacSHA512:x:y:z"}) {
            assertFalse(pins.verify("4821".toCharArray(), stored), String.valueOf(stored));
        }
    }

    @Test
    void aCheckCostsMicrosecondsNotTheTenthsOfASecondOfAPasswordHash() {
        PinHashing pins = withKey((byte) 7);
        String hash = pins.hash("4821".toCharArray());
        for (int i = 0; i < 2_000; i++) {
            pins.verify("4821".toCharArray(), hash); // warm-up
        }
        long start = System.nanoTime();
        int rounds = 1_000;
        for (int i = 0; i < rounds; i++) {
            assertTrue(pins.verify("4821".toCharArray(), hash));
        }
        long perCheck = (System.nanoTime() - start) / rounds;
        // generous for a busy CI machine: PBKDF2 with 210,000 iterations takes 200,000,000 ns and more
        assertTrue(perCheck < 1_000_000, perCheck + " ns per check");
    }

    @Test
    void theStartLoadsTheKeyInDemoModeAndRefusesProductionWithoutOne() throws Exception {
        PinHashing pins = new PinHashing();
        pins.legacy = new PasswordHashing();
        pins.settings = new de.ffit.campus.platform.config.CampusSettings() {
            @Override
            public Path dataDir() {
                return dir;
            }

            @Override
            public java.util.Optional<String> pinKeyFile() {
                return java.util.Optional.empty();
            }
        };
        PinKeyAtStart atStart = new PinKeyAtStart();
        atStart.pins = pins;

        ApplicationStart.Refused refused = assertThrows(ApplicationStart.Refused.class,
                () -> atStart.loadPinKey(new ApplicationStart(false)));
        assertTrue(refused.getMessage().contains("FFIT_PIN_KEY_FILE"), refused.getMessage());

        atStart.loadPinKey(new ApplicationStart(true));
        assertTrue(Files.exists(dir.resolve("pin.key")), "demo mode makes it under FFIT_DATA_DIR");
        String hash = pins.hash("4821".toCharArray());
        // the next start (a new instance) reads the same key: the hash still verifies
        PinHashing next = new PinHashing();
        next.legacy = pins.legacy;
        next.settings = pins.settings;
        PinKeyAtStart nextStart = new PinKeyAtStart();
        nextStart.pins = next;
        nextStart.loadPinKey(new ApplicationStart(true));
        assertTrue(next.verify("4821".toCharArray(), hash));
        assertEquals(1, Files.list(dir).count());
    }
}
