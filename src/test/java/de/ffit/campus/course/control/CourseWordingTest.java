package de.ffit.campus.course.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.course.entity.CourseTextKey;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.i18n.LocalizedText;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CourseWordingTest {

    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "exercise.7.title", Map.of("ar", "إنشاء كلمات مرور آمنة", "en", "Create safe passwords"),
            CourseTextKey.topic("Passwörter").value(), Map.of("ar", "كلمات المرور"));

    @Test
    void theReadersLanguageWhenTranslated() {
        LocalizedText title = new CourseWording(Language.AR, TEXTS).exerciseTitle(7, "Sichere Passwörter erstellen");
        assertEquals("إنشاء كلمات مرور آمنة", title.text());
        assertEquals("rtl", title.dir());
        assertFalse(title.isFallbackFor("ar"));
        assertEquals("كلمات المرور", new CourseWording(Language.AR, TEXTS).topic("Passwörter").text());
    }

    @Test
    void germanMarkedAsGermanWhenNotTranslated() {
        LocalizedText title = new CourseWording(Language.UK, TEXTS).exerciseTitle(7, "Sichere Passwörter erstellen");
        assertEquals("Sichere Passwörter erstellen", title.text());
        assertEquals("de", title.lang());
        assertEquals("ltr", title.dir());
        assertTrue(title.isFallbackFor("uk"));
    }

    @Test
    void englishOnlyWhenThereIsNoGerman() {
        assertEquals(new LocalizedText("Create safe passwords", "en"),
                new CourseWording(Language.TI, TEXTS).exerciseTitle(7, " "));
        assertEquals("Sichere Passwörter erstellen",
                new CourseWording(Language.DE, TEXTS).exerciseTitle(7, "Sichere Passwörter erstellen").text());
    }
}
