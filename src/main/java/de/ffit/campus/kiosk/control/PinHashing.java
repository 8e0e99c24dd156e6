package de.ffit.campus.kiosk.control;

import de.ffit.campus.account.control.PasswordHashing;
import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.security.KeyFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Kiosk PINs, hashed with HMAC-SHA-256 under a secret key kept outside the database ({@code FFIT_PIN_KEY_FILE}).
 * Iterations cannot protect a 4-digit PIN (10,000 guesses) against someone holding the database; a key they do not
 * hold does, and online guessing is stopped by the card lock and the kiosk brake. So a check costs microseconds, not
 * the 0.2-0.9 s of a password hash. Stored as {@code hmac1$salt$mac} (Base64, the salt 16 random bytes per PIN).
 * Hashes from before (PBKDF2, {@link PasswordHashing}'s format) still verify, the slow way; {@link #isOld} tells the
 * sign-in to replace them.
 */
@ApplicationScoped
public class PinHashing {

    static final String VERSION = "hmac1";
    static final String ALGORITHM = "HmacSHA256";
    static final String SETTING = "FFIT_PIN_KEY_FILE";
    static final String DEMO_FILE = "pin.key";
    static final int SALT_BYTES = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CampusSettings settings;

    /** only for the PINs hashed before this class existed */
    @Inject
    PasswordHashing legacy;

    private volatile SecretKeySpec key;

    /** at the start (see {@link PinKeyAtStart}): the key from its file, or the reason it cannot be used */
    void loadKey(boolean demo) {
        byte[] bytes = KeyFile.load(SETTING, settings.pinKeyFile(), settings.dataDir().resolve(DEMO_FILE), demo);
        useKey(bytes);
    }

    void useKey(byte[] bytes) {
        key = new SecretKeySpec(bytes, ALGORITHM);
        Arrays.fill(bytes, (byte) 0);
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    loadKey(settings.isDemo());
                }
                k = key;
            }
        }
        return k;
    }

    /** The stored form of a new PIN. */
    public String hash(char[] pin) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return VERSION + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(mac(salt, pin));
    }

    /** Whether the PIN matches the stored hash, of today's form or (slowly) of the PBKDF2 form before it. */
    public boolean verify(char[] pin, String stored) {
        if (stored == null) {
            return false;
        }
        if (!stored.startsWith(VERSION + "$")) {
            return legacy.verify(pin, stored);
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 3) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[1]);
            byte[] expected = Base64.getDecoder().decode(parts[2]);
            // constant time: how much of the MAC matched tells nothing
            return MessageDigest.isEqual(expected, mac(salt, pin));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** A stored hash of the form before (PBKDF2): to be replaced at the learner's next right PIN. */
    public boolean isOld(String stored) {
        return stored != null && !stored.startsWith(VERSION + "$");
    }

    /** What a check costs, for codes that belong to no one, so that they cannot be told apart by timing. */
    public void verifyDecoy(char[] pin) {
        byte[] salt = new byte[SALT_BYTES];
        MessageDigest.isEqual(new byte[32], mac(salt, pin));
    }

    private byte[] mac(byte[] salt, char[] pin) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(pin));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            mac.update(salt);
            return mac.doFinal(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
