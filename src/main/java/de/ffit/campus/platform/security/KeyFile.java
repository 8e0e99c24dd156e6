package de.ffit.campus.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * A secret key kept in a file outside the database ({@code FFIT_PIN_KEY_FILE}; {@code FFIT_SIGNING_KEY_FILE} next):
 * someone holding a copy of the database does not hold the key. In demo mode the file is made when it is missing
 * (32 random bytes as Base64 text, mode 0600) and reused on the next start; in production mode it is required, the
 * same file on every instance of a cluster, because a key that changes makes everything keyed with it useless.
 * The file holds Base64 text of at least 32 bytes ({@code openssl rand -base64 32}) or at least 32 raw bytes.
 */
public final class KeyFile {

    /** 256 bits: HMAC-SHA-256 gains nothing from more */
    public static final int MIN_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyFile() {
    }

    /** The key file cannot be used; the message tells the operator what to do. */
    public static class Unusable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unusable(String why) {
            super(why);
        }
    }

    /**
     * The key named by {@code setting} ({@code FFIT_PIN_KEY_FILE}): in demo mode the configured file, else
     * {@code demoFile}, read or made; in production mode the configured file, which must exist.
     */
    public static byte[] load(String setting, Optional<String> configured, Path demoFile, boolean demo) {
        Optional<Path> file = configured.map(String::strip).filter(f -> !f.isEmpty()).map(Path::of);
        if (demo) {
            return readOrCreate(setting, file.orElse(demoFile));
        }
        return require(setting, file.orElseThrow(() -> new Unusable(setting + " is not set. Production mode needs "
                + "a secret key file, the same on every instance, e.g.: (umask 077; openssl rand -base64 32 > "
                + "/etc/ffit/" + demoFile.getFileName() + ") and " + setting + "=/etc/ffit/"
                + demoFile.getFileName() + "; keep it in the backup")));
    }

    /** Production: the file must exist, be readable and hold at least {@value #MIN_BYTES} bytes of key. */
    public static byte[] require(String setting, Path file) {
        if (!Files.exists(file)) {
            throw new Unusable(setting + " names " + file.toAbsolutePath() + ", which does not exist");
        }
        return read(setting, file);
    }

    /** Demo: the file's key; when there is no file, a new random key written to it with mode 0600. */
    public static byte[] readOrCreate(String setting, Path file) {
        if (!Files.exists(file)) {
            try {
                create(file);
            } catch (FileAlreadyExistsException raced) {
                // another start made it a moment ago: read theirs
            } catch (IOException e) {
                throw new Unusable(setting + ": cannot create " + file.toAbsolutePath() + ": " + e);
            }
        }
        return read(setting, file);
    }

    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        byte[] key = new byte[MIN_BYTES];
        RANDOM.nextBytes(key);
        byte[] text = (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
        // created with mode 0600 (never readable by others, not even for a moment), where the file system knows modes
        FileAttribute<?>[] ownerOnly = file.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        Files.createFile(file, ownerOnly);
        Files.write(file, text);
    }

    private static byte[] read(String setting, Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            throw new Unusable(setting + ": cannot read " + file.toAbsolutePath() + ": " + e);
        }
        byte[] key = decoded(content);
        if (key.length < MIN_BYTES) {
            throw new Unusable(setting + ": " + file.toAbsolutePath() + " holds " + key.length + " bytes of key, "
                    + "at least " + MIN_BYTES + " are needed (e.g. openssl rand -base64 32)");
        }
        return key;
    }

    /** Base64 text (standard or URL-safe, lines and padding allowed) as its bytes, anything else as it is */
    static byte[] decoded(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1).strip();
        if (!text.isEmpty() && text.matches("[A-Za-z0-9+/_\\-=\\r\\n]+")) {
            String compact = text.replaceAll("[\\r\\n=]", "").replace('-', '+').replace('_', '/');
            try {
                return Base64.getDecoder().decode(padded(compact));
            } catch (IllegalArgumentException notBase64) {
                // raw bytes that happen to be printable
            }
        }
        return Arrays.copyOf(content, content.length);
    }

    private static String padded(String base64) {
        return base64 + "=".repeat((4 - base64.length() % 4) % 4);
    }
}
