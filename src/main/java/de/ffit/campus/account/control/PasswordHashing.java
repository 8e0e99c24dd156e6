package de.ffit.campus.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.PasswordHash;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA512 with 210,000 iterations (OWASP's recommendation; the platform default of 2,048 is far too
 * weak), a 32-byte random salt and a 64-byte key. The stored form names its own parameters
 * ({@code PBKDF2WithHmacSHA512:210000:salt:hash}, the layout Jakarta Security's Pbkdf2PasswordHash uses), so
 * the cost can be raised later and old hashes still verify.
 */
@ApplicationScoped
public class PasswordHashing implements PasswordHash {

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    static final int ITERATIONS = 210_000;
    static final int SALT_BYTES = 32;
    static final int KEY_BYTES = 64;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A hash of a random password: verifying against it costs what a real check costs. */
    private final String decoy = generate(Long.toString(RANDOM.nextLong()).toCharArray());

    @Override
    public String generate(char[] password) {
        return generate(password, ITERATIONS);
    }

    /** With other iterations than today's: only for tests of older hashes. */
    String generate(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(password, salt, iterations, KEY_BYTES);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    @Override
    public boolean verify(char[] password, String hashedPassword) {
        String[] parts = hashedPassword == null ? new String[0] : hashedPassword.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(password, salt, iterations, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Spends the time of a real verification, so that unknown user names cannot be told apart by timing. */
    public void verifyDecoy(char[] password) {
        verify(password, decoy);
    }

    /** True when the stored hash was made with weaker parameters than today's. */
    public boolean needsRehash(String hashedPassword) {
        String[] parts = hashedPassword == null ? new String[0] : hashedPassword.split(":");
        try {
            return parts.length != 4 || !ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) < ITERATIONS;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int keyBytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 is missing from this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }
}
