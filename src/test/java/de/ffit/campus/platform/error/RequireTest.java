package de.ffit.campus.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RequireTest {

    @Test
    void namesLoseControlCharactersAndBidiOverridesButKeepWhatScriptsNeed() {
        assertEquals("Ali cba Haddad", Require.name("Ali\u0000 \u202Ecba\u0007 Haddad", "name", 120));
        assertEquals("Anna Müller", Require.name("Anna\nMüller", "name", 120), "a line break becomes a space");
        assertEquals("علي", Require.name("\u2067علي\u2069\u202C", "name", 120));
        assertEquals("exe.fdp", Require.name("\u202Aexe.fdp\u202B\u202D\u2066\u2068", "name", 120));
        assertEquals("می\u200Cخواهم", Require.name("می\u200Cخواهم", "name", 120), "the Persian non-joiner stays");
        assertEquals("a\u200Fb\u200E", Require.name("a\u200Fb\u200E", "name", 120), "marks stay");
        assertNull(Require.optionalName("\u0000\u202E", "nameOriginal", 120), "nothing left: no name");
        CampusException blank = assertThrows(CampusException.class, () -> Require.name("\u0000 \u202E", "name", 120));
        assertEquals("error.required", blank.key());
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE00".repeat(120);
        assertEquals(emoji, Require.name(emoji, "name", 120));
        assertThrows(CampusException.class, () -> Require.name(emoji + "x", "name", 120));
    }
}
