package de.ffit.campus.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PluralsTest {

    private static String forms(String language, long... counts) {
        StringBuilder forms = new StringBuilder();
        for (long n : counts) {
            forms.append(forms.isEmpty() ? "" : " ").append(Plurals.form(Locale.forLanguageTag(language), n));
        }
        return forms.toString();
    }

    @Test
    void formsFollowCldrForWholeNumbers() {
        assertEquals("other one other other", forms("en", 0, 1, 2, 21));
        assertEquals("other one other", forms("de", 0, 1, 5));
        assertEquals("one few many many one few many many", forms("ru", 1, 2, 5, 11, 21, 22, 25, 112));
        assertEquals("one few many many one", forms("uk", 1, 3, 12, 14, 101));
        assertEquals("other one two few few many many other few", forms("ar", 0, 1, 2, 3, 10, 11, 99, 100, 103));
        assertEquals("one one other", forms("fa", 0, 1, 2));
        assertEquals("one one other", forms("ti", 0, 1, 2));
        assertEquals("other one other", forms("tr", 0, 1, 2));
        assertEquals("one other", forms("ps", 1, 2));
        assertEquals("one other", forms("kmr", 1, 2));
    }

    @Test
    void aKioskTextWithACountHasEveryFormInEveryLanguage() throws IOException {
        for (String suffix : BundlesTest.suffixes()) {
            Properties texts = BundlesTest.load("i18n/messages" + suffix + ".properties");
            for (String key : texts.stringPropertyNames()) {
                if (key.startsWith("kiosk.") && key.endsWith(".other")) {
                    String base = key.substring(0, key.length() - ".other".length());
                    for (String form : Plurals.FORMS) {
                        assertTrue(texts.containsKey(base + "." + form), suffix + ": " + base + "." + form);
                    }
                }
            }
        }
    }

    @Test
    void theCountIsWrittenInTheSentence() {
        Locale ru = Locale.forLanguageTag("ru");
        assertEquals("21 опоздание.", Plurals.text(ru, "kiosk.attendance.late", 21));
        assertEquals("3 опоздания.", Plurals.text(ru, "kiosk.attendance.late", 3));
        assertEquals("11 опозданий.", Plurals.text(ru, "kiosk.attendance.late", 11));
        assertEquals("You came to 5 of the 6 lessons that count.",
                Plurals.text(Locale.ENGLISH, "kiosk.attendance.came", 6, "5"));
        assertEquals("You came to 1 of the 1 lesson that counts.",
                Plurals.text(Locale.ENGLISH, "kiosk.attendance.came", 1, "1"));
        assertFalse(Plurals.text(Locale.forLanguageTag("ar"), "kiosk.attendance.excused", 2).isBlank());
    }
}
