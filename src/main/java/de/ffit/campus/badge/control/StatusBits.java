package de.ffit.campus.badge.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * A Bitstring Status List v1.0 as bytes: bit 0 is the most significant bit of the first byte; a set bit means
 * revoked. Encoded as the specification says: GZIP, then base64url without padding, as multibase (a leading u).
 */
public final class StatusBits {

    /** the specification's minimum, so that a list says nothing about how many credentials there are */
    public static final int SIZE = 131_072;

    private StatusBits() {
    }

    public static byte[] empty() {
        return new byte[SIZE / 8];
    }

    public static boolean get(byte[] bits, int index) {
        check(index);
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    public static void set(byte[] bits, int index) {
        check(index);
        bits[index / 8] |= (byte) (0x80 >>> (index % 8));
    }

    private static void check(int index) {
        if (index < 0 || index >= SIZE) {
            throw new IllegalArgumentException("status list index out of range: " + index);
        }
    }

    public static String encoded(byte[] bits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }
}
