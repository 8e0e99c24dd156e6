package de.ffit.campus.badge.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Issue 25, item 4: the status list decodes as Bitstring Status List v1.0 says (multibase u, base64url, GZIP). */
class StatusBitsTest {

    /** what an independent verifier does with encodedList: the bit at index, 1 or 0 */
    static int bitOf(String encodedList, int index) throws Exception {
        assertTrue(encodedList.startsWith("u"), encodedList.substring(0, 5));
        byte[] gzipped = Base64.getUrlDecoder().decode(encodedList.substring(1));
        byte[] bits;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            bits = in.readAllBytes();
        }
        assertEquals(131_072 / 8, bits.length, "at least 131,072 entries");
        return (bits[index / 8] >> (7 - index % 8)) & 1;
    }

    @Test
    void revokedBitIsOneAndTheOthersZero() throws Exception {
        byte[] bits = StatusBits.empty();
        StatusBits.set(bits, 4711);
        StatusBits.set(bits, 0);
        StatusBits.set(bits, 131_071);
        String encoded = StatusBits.encoded(bits);
        assertEquals(1, bitOf(encoded, 4711));
        assertEquals(0, bitOf(encoded, 4710));
        assertEquals(0, bitOf(encoded, 4712));
        assertEquals(1, bitOf(encoded, 0));
        assertEquals(1, bitOf(encoded, 131_071));
        assertEquals(0, bitOf(encoded, 99_999));
        assertTrue(encoded.length() < 1000, "a small document: " + encoded.length());
    }

    @Test
    void indexOutsideTheListIsRefused() {
        byte[] bits = StatusBits.empty();
        assertThrows(IllegalArgumentException.class, () -> StatusBits.set(bits, 131_072));
        assertThrows(IllegalArgumentException.class, () -> StatusBits.get(bits, -1));
    }
}
