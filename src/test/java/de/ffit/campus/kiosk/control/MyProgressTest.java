package de.ffit.campus.kiosk.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.ffit.campus.platform.i18n.LocalizedText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A line of "what is missing" is a sentence in the page's language around a title that may be in another. */
class MyProgressTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    @Test
    void theTitleSitsInsideTheSentenceAsItsOwnPiece() {
        LocalizedText german = new LocalizedText("Dateien speichern", "de");
        MyProgress.Line line = new MyProgress.Missing("missing.exercise", List.of("Dateien speichern"), german)
                .in(ARABIC);
        assertEquals("التمرين «", line.before());
        assertEquals(german, line.title());
        assertEquals("» لم يُنجز بعد", line.after());
        assertEquals("التمرين «Dateien speichern» لم يُنجز بعد", line.toString());
    }

    @Test
    void aReportedExerciseWaitsForTheTrainer() {
        LocalizedText own = new LocalizedText("Створити надійні паролі", "uk");
        MyProgress.Line line = new MyProgress.Missing("kiosk.missing.waiting", List.of("Sichere Passwörter"), own)
                .in(Locale.forLanguageTag("uk"));
        assertEquals("Завдання «Створити надійні паролі»: виконано, чекає на перевірку викладача", line.toString());
    }

    @Test
    void aLineWithoutTitleIsTheWholeSentence() {
        MyProgress.Line line = new MyProgress.Missing("missing.exercises", List.of(2), null).in(Locale.GERMAN);
        assertNull(line.title());
        assertEquals("", line.after());
        assertEquals(line.before(), line.toString());
    }
}
