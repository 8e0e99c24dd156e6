package de.ffit.campus.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AsciiIdsTest {

    @Test
    void anIdIsWrittenInAsciiDigitsOnly() {
        for (String id : List.of("1", "42", "007", "123456789012345678")) {
            assertTrue(AsciiIds.isAsciiId(id), id);
        }
        // what Java's Long.parseLong reads as 1 (or another number) all the same
        for (String id : List.of("\uFF11", "\u0661", "\u06F1", "\u0967", "+1", "-1", " 1", "1 ", "1234567890123456789",
                "", "1e3", "0x1")) {
            assertFalse(AsciiIds.isAsciiId(id), id);
        }
        assertEquals(1L, Long.parseLong("\uFF11"), "the reason for the check: a fullwidth one is a one to Java");
    }
}
