package de.ffit.campus.platform.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {

    static final String SETTING = "FFIT_PIN_KEY_FILE";

    @TempDir
    Path dir;

    @Test
    void demoModeMakesAMissingKeyFileReadableOnlyByItsOwnerAndReusesItOnTheNextStart() throws Exception {
        Path file = dir.resolve("data").resolve("pin.key");
        byte[] first = KeyFile.load(SETTING, Optional.empty(), file, true);
        assertEquals(32, first.length);
        assertTrue(Files.exists(file), "made under the data directory");
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
        assertEquals("rw-------", PosixFilePermissions.toString(mode));
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        assertArrayEquals(first, Base64.getDecoder().decode(text), "Base64 text an operator can copy");

        byte[] again = KeyFile.load(SETTING, Optional.empty(), file, true);
        assertArrayEquals(first, again, "the next start uses the same key");
        assertArrayEquals(first, KeyFile.load(SETTING, Optional.of(" "), file, true), "blank counts as unset");
    }

    @Test
    void demoModeUsesTheNamedFileWhenTheOperatorNamesOne() {
        Path named = dir.resolve("elsewhere.key");
        byte[] key = KeyFile.load(SETTING, Optional.of(named.toString()), dir.resolve("pin.key"), true);
        assertTrue(Files.exists(named));
        assertTrue(!Files.exists(dir.resolve("pin.key")));
        assertArrayEquals(key, KeyFile.load(SETTING, Optional.of(named.toString()), dir.resolve("x"), false),
                "production reads the same file");
    }

    @Test
    void productionModeRefusesWithoutAFileAndSaysWhatToDo() {
        Path demoFile = dir.resolve("pin.key");
        KeyFile.Unusable unset = assertThrows(KeyFile.Unusable.class,
                () -> KeyFile.load(SETTING, Optional.empty(), demoFile, false));
        assertTrue(unset.getMessage().contains("FFIT_PIN_KEY_FILE is not set"), unset.getMessage());
        assertTrue(unset.getMessage().contains("openssl rand -base64 32"), unset.getMessage());
        assertTrue(!Files.exists(demoFile), "production never makes a key");

        Path missing = dir.resolve("missing.key");
        KeyFile.Unusable absent = assertThrows(KeyFile.Unusable.class,
                () -> KeyFile.load(SETTING, Optional.of(missing.toString()), demoFile, false));
        assertTrue(absent.getMessage().contains("does not exist") && absent.getMessage().contains("missing.key"),
                absent.getMessage());
        assertTrue(!Files.exists(missing));
    }

    @Test
    void productionModeRefusesAnUnreadableFile() throws Exception {
        Path file = dir.resolve("locked.key");
        Files.writeString(file, Base64.getEncoder().encodeToString(new byte[32]));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file), "root reads every file");
        KeyFile.Unusable unreadable = assertThrows(KeyFile.Unusable.class,
                () -> KeyFile.load(SETTING, Optional.of(file.toString()), dir.resolve("pin.key"), false));
        assertTrue(unreadable.getMessage().contains("cannot read"), unreadable.getMessage());
    }

    @Test
    void aKeyShorterThan32BytesIsRefusedInEitherMode() throws Exception {
        Path file = dir.resolve("short.key");
        Files.writeString(file, Base64.getEncoder().encodeToString(new byte[16]) + "\n");
        for (boolean demo : new boolean[] {true, false}) {
            KeyFile.Unusable shortKey = assertThrows(KeyFile.Unusable.class,
                    () -> KeyFile.load(SETTING, Optional.of(file.toString()), dir.resolve("pin.key"), demo));
            assertTrue(shortKey.getMessage().contains("16 bytes") && shortKey.getMessage().contains("at least 32"),
                    shortKey.getMessage());
        }
        Files.write(file, new byte[0]);
        assertThrows(KeyFile.Unusable.class, () -> KeyFile.require(SETTING, file));
    }

    @Test
    void rawBytesAndUrlSafeBase64WithoutPaddingAreKeysToo() throws Exception {
        byte[] raw = new byte[40];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) (200 + i);
        }
        Path rawFile = Files.write(dir.resolve("raw.key"), raw);
        assertArrayEquals(raw, KeyFile.require(SETTING, rawFile));

        byte[] key = new byte[33];
        key[0] = (byte) 0xfb;
        key[1] = (byte) 0xff;
        Path url = Files.writeString(dir.resolve("url.key"),
                Base64.getUrlEncoder().withoutPadding().encodeToString(key) + "\r\n");
        assertArrayEquals(key, KeyFile.require(SETTING, url));
    }
}
