package de.ffit.campus.account.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private final PasswordHashing hashing = new PasswordHashing();

    @Test
    void storesPbkdf2Sha512WithAtLeast210000IterationsAndASaltPerPassword() {
        String hash = hashing.generate("correct horse".toCharArray());
        String[] parts = hash.split(":");
        assertTrue(parts[0].equals("PBKDF2WithHmacSHA512"), hash);
        assertTrue(Integer.parseInt(parts[1]) >= 210_000, hash);
        assertNotEquals(hash, hashing.generate("correct horse".toCharArray()), "a fresh salt each time");
        assertFalse(hash.contains("correct"));
    }

    @Test
    void verifiesTheRightPasswordOnlyAndToleratesGarbage() {
        String hash = hashing.generate("Ümlaut-ПАРОЛЬ-كلمة".toCharArray());
        assertTrue(hashing.verify("Ümlaut-ПАРОЛЬ-كلمة".toCharArray(), hash));
        assertFalse(hashing.verify("Umlaut-ПАРОЛЬ-كلمة".toCharArray(), hash));
        assertFalse(hashing.verify("x".toCharArray(), "not a hash"));
        assertFalse(hashing.verify("x".toCharArray(), "PBKDF2WithHmacSHA512:1000:@@@:@@@"));
        assertFalse(hashing.verify("x".toCharArray(), null));
    }

    @Test
    void olderWeakerHashesStillVerifyButAskToBeRenewed() {
        String weak = hashing.generate("pw-of-2019".toCharArray(), 2048);
        assertTrue(weak.startsWith("PBKDF2WithHmacSHA512:2048:"), weak);
        assertTrue(hashing.verify("pw-of-2019".toCharArray(), weak));
        assertFalse(hashing.verify("pw-of-2020".toCharArray(), weak));
        assertTrue(hashing.needsRehash(weak));
        assertFalse(hashing.needsRehash(hashing.generate("pw".toCharArray())));
    }
}
