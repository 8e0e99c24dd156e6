package de.ffit.campus.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void arabicDariFarsiAndPashtoAreWrittenRightToLeft() {
        assertEquals(List.of(Language.AR, Language.FA, Language.PS),
                Language.all().stream().filter(Language::isRightToLeft).toList());
        assertEquals("rtl", Language.of("fa-AF").orElseThrow().direction());
        assertEquals("ltr", Language.of("de-DE").orElseThrow().direction());
    }

    @Test
    void codesFromBrowsersAndTheIntegreatApiAreUnderstood() {
        assertEquals(Optional.of(Language.FA), Language.of("prs"));
        assertEquals(Optional.of(Language.FA), Language.of("pes"));
        assertEquals(Optional.of(Language.KMR), Language.of("ku"));
        assertEquals(Optional.of(Language.UK), Language.of("uk_UA"));
        assertEquals(Optional.empty(), Language.of("xx"));
        assertEquals(Language.EN, Language.ofLocale(Locale.JAPANESE));
    }

    @Test
    void theInterfaceSpeaksAllTenLanguagesOfTheLearners() {
        assertEquals(Language.all(), Language.ui());
        assertEquals(10, Language.ui().size());
        assertTrue(Language.all().stream().allMatch(l -> !l.nativeName().isBlank()));
    }
}
