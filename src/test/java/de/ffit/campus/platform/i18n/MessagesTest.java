package de.ffit.campus.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.ffit.campus.platform.error.CampusException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void refusalsAreSaidInTheUsersLanguageWithTheRecordKindTranslated() {
        CampusException notFound = CampusException.notFound("record.cohort");
        assertEquals("Diesen Eintrag (Kurs) gibt es nicht, oder Sie haben keinen Zugriff darauf.",
                Messages.text(Locale.GERMAN, notFound));
        assertEquals("This cohort does not exist, or you have no access to it.",
                Messages.text(Locale.ENGLISH, notFound));
    }

    @Test
    void aLanguageWithoutATextFallsBackToEnglishNotToTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertEquals("Save", Messages.text(Locale.forLanguageTag("ja"), "save"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void yearsAreWrittenInTheLanguagesDigitsWithoutGrouping() {
        Object[] years = {java.time.Year.of(2000), java.time.Year.of(2100)};
        assertEquals("Ein Termin muss in den Jahren 2000 bis 2100 liegen.",
                Messages.text(Locale.GERMAN, "error.lesson.year", years));
        String arabic = Messages.text(Locale.forLanguageTag("ar"), "error.lesson.year", years);
        org.junit.jupiter.api.Assertions.assertTrue(arabic.contains("٢٠٠٠") && arabic.contains("٢١٠٠"), arabic);
    }
}
