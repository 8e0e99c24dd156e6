package de.ffit.campus.badge.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Issue 25, item 3: private keys are stored AES-GCM encrypted under the master key, bound to their key id. */
class MasterKeyTest {

    static MasterKey withKey(byte fill) {
        MasterKey masterKey = new MasterKey();
        byte[] key = new byte[32];
        Arrays.fill(key, fill);
        masterKey.use(key);
        return masterKey;
    }

    @Test
    void encryptedKeyDecryptsOnlyWithTheSameMasterKeyAndKid() {
        byte[] secret = "a PKCS#8 private key".getBytes(StandardCharsets.UTF_8);
        MasterKey master = withKey((byte) 7);
        String stored = master.encrypt(secret, "key-1");
        assertTrue(stored.startsWith("v1$"), stored);
        assertFalse(stored.contains("PKCS"), "not in clear");
        assertNotEquals(stored, master.encrypt(secret, "key-1"), "a fresh nonce each time");
        assertArrayEquals(secret, master.decrypt(stored, "key-1"));
        assertThrows(IllegalStateException.class, () -> master.decrypt(stored, "key-2"), "moved to another row");
        IllegalStateException lost = assertThrows(IllegalStateException.class,
                () -> withKey((byte) 8).decrypt(stored, "key-1"));
        assertTrue(lost.getMessage().contains("FFIT_SIGNING_KEY_FILE"), lost.getMessage());
    }
}
