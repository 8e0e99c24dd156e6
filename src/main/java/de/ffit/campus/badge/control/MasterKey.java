package de.ffit.campus.badge.control;

import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.security.KeyFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The master key ({@code FFIT_SIGNING_KEY_FILE}) that keeps the organisations' private signing keys encrypted in the
 * database: AES-256-GCM with a random 96-bit nonce, the key's id as associated data (a ciphertext moved to another
 * key's row does not decrypt). The AES key is derived from the file's key with HMAC-SHA-256, so the same file could
 * key other things without reuse.
 */
@ApplicationScoped
public class MasterKey {

    static final String SETTING = "FFIT_SIGNING_KEY_FILE";
    static final String DEMO_FILE = "signing.key";
    private static final String VERSION = "v1";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CampusSettings settings;

    private volatile SecretKeySpec key;

    /** at the start: the key from its file (demo mode: made when missing), or the reason it cannot be used */
    public void load(boolean demo) {
        use(KeyFile.load(SETTING, settings.signingKeyFile(), settings.dataDir().resolve(DEMO_FILE), demo));
    }

    void use(byte[] fileKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(fileKey, "HmacSHA256"));
            key = new SecretKeySpec(mac.doFinal("ffit credential signing keys".getBytes(StandardCharsets.UTF_8)),
                    "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            Arrays.fill(fileKey, (byte) 0);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    load(settings.isDemo());
                }
                k = key;
            }
        }
        return k;
    }

    public String encrypt(byte[] plain, String kid) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
            return VERSION + "$" + b64.encodeToString(nonce) + "$" + b64.encodeToString(cipher.doFinal(plain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** the plain bytes; fails when the master key is not the one they were encrypted with */
    public byte[] decrypt(String stored, String kid) {
        String[] parts = stored.split("\\$");
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalStateException("not an encrypted signing key");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, Base64.getDecoder().decode(parts[1])));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(Base64.getDecoder().decode(parts[2]));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing key of " + kid + " does not decrypt with " + SETTING
                    + " (another master key?); an admin can make a new signing key", e);
        }
    }
}
