package de.ffit.campus.certificate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The code a person reads aloud and types: grouped, unambiguous, at least 50 bits, read leniently. */
class ShortCodeTest {

    @Test
    void aNewCodeHasTenSymbolsOfThirtyTwoThatIsFiftyBitsAndIsPrintedInGroups() {
        assertEquals(32, ShortCode.ALPHABET.chars().distinct().count());
        assertTrue(ShortCode.LENGTH * Math.log(ShortCode.ALPHABET.length()) / Math.log(2) >= 50);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = ShortCode.random();
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{10}"), code);
            assertTrue(ShortCode.grouped(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}"));
            seen.add(code);
        }
        assertEquals(2000, seen.size(), "no repeats among 2,000");
        assertEquals("K7M2-QX9P-4T", ShortCode.grouped("K7M2QX9P4T"));
    }

    @Test
    void whatAPersonTypesIsReadWithoutCaseSpacesOrHyphensAndLookalikesCountAsTheDigit() {
        Optional<String> code = Optional.of("K7M2QX9P4T");
        assertEquals(code, ShortCode.read("K7M2-QX9P-4T"));
        assertEquals(code, ShortCode.read(" k7m2 qx9p 4t "));
        assertEquals(code, ShortCode.read("k7m2qx9p4t"));
        assertEquals(Optional.of("10A0000000"), ShortCode.read("lOa-o000-000"));
        assertEquals(Optional.of("1100000000"), ShortCode.read("Ii00000000"));
    }

    @Test
    void anythingElseIsNoCode() {
        assertEquals(Optional.empty(), ShortCode.read("K7M2-QX9P-4"), "too short");
        assertEquals(Optional.empty(), ShortCode.read("K7M2-QX9P-4TT"), "too long");
        assertEquals(Optional.empty(), ShortCode.read("K7M2-QX9P-4U"), "U is not in the alphabet");
        assertEquals(Optional.empty(), ShortCode.read("K7M2-QX9P-4*"));
        assertEquals(Optional.empty(), ShortCode.read(""));
        assertEquals(Optional.empty(), ShortCode.read(null));
    }
}
