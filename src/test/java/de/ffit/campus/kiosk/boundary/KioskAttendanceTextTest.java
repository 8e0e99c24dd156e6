package de.ffit.campus.kiosk.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.course.entity.ExcusedCounts;
import de.ffit.campus.course.entity.LateCounts;
import de.ffit.campus.kiosk.control.MyProgress;
import de.ffit.campus.platform.i18n.Language;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Attendance on the kiosk in plain words, as the graduation rule counts it, in every language. */
class KioskAttendanceTextTest {

    private static final MyProgress.Attendance FIVE_OF_SIX = new MyProgress.Attendance(5, 6, 1, 1, 83, 75,
            LateCounts.AS_HALF, ExcusedCounts.NOT_COUNTED);

    @Test
    void saysWhatCountsInPlainWords() {
        assertEquals(List.of("You came to 5 of the 6 lessons that count.",
                "That is 83%. For the certificate you need 75%.",
                "1 lesson excused. Excused lessons do not count.",
                "You came late 1 time. Coming late counts as half a lesson."),
                KioskProgressPage.attendance(FIVE_OF_SIX, Locale.ENGLISH));
        List<String> german = KioskProgressPage.attendance(new MyProgress.Attendance(1, 1, 0, 2, 100, 75,
                LateCounts.AS_PRESENT, ExcusedCounts.AS_ABSENT), Locale.GERMAN);
        assertEquals("Du warst bei 1 von 1 Termin, der zählt.", german.get(0));
        assertEquals("2 Termine entschuldigt. Entschuldigte Termine zählen als verpasst.", german.get(2));
        assertEquals(3, german.size(), "nobody came late: no word about it");
    }

    @Test
    void russianAndArabicTakeTheFormTheCountNeeds() {
        Locale ru = Locale.forLanguageTag("ru");
        List<String> five = KioskProgressPage.attendance(new MyProgress.Attendance(4, 5, 2, 21, 80, 75,
                LateCounts.AS_PRESENT, ExcusedCounts.NOT_COUNTED), ru);
        assertTrue(five.get(0).startsWith("Посещено 4 из 5 занятий"), five.get(0));
        assertTrue(five.get(2).startsWith("21 занятие пропущено"), five.get(2));
        assertTrue(five.get(3).startsWith("2 опоздания"), five.get(3));
        Locale ar = Locale.forLanguageTag("ar");
        String two = KioskProgressPage.attendance(new MyProgress.Attendance(1, 2, 0, 0, 50, 75,
                LateCounts.AS_PRESENT, ExcusedCounts.NOT_COUNTED), ar).get(0);
        assertTrue(two.contains("درسين"), two);
        String eleven = KioskProgressPage.attendance(new MyProgress.Attendance(1, 11, 0, 0, 9, 75,
                LateCounts.AS_PRESENT, ExcusedCounts.NOT_COUNTED), ar).get(0);
        assertTrue(eleven.contains("درسًا"), eleven);
    }

    @Test
    void everyLanguageSaysItWithoutPlaceholdersOrEnglish() {
        List<String> english = KioskProgressPage.attendance(FIVE_OF_SIX, Locale.ENGLISH);
        for (Language language : Language.ui()) {
            Locale locale = Locale.forLanguageTag(language.code());
            for (long counted : new long[] {1, 2, 3, 5, 11, 21, 22, 100}) {
                List<String> sentences = KioskProgressPage.attendance(new MyProgress.Attendance(1, (int) counted,
                        (int) counted, (int) counted, 50, 75, LateCounts.AS_HALF, ExcusedCounts.NOT_COUNTED), locale);
                assertEquals(4, sentences.size());
                for (String sentence : sentences) {
                    assertFalse(sentence.contains("{") || sentence.contains("kiosk."), language + ": " + sentence);
                }
            }
            if (!language.code().equals("en")) {
                List<String> own = KioskProgressPage.attendance(FIVE_OF_SIX, locale);
                for (int i = 0; i < own.size(); i++) {
                    assertFalse(own.get(i).equals(english.get(i)), language + " says it in English: " + own.get(i));
                }
            }
        }
    }

    @Test
    void nothingBeforeTheFirstLesson() {
        assertTrue(KioskProgressPage.attendance(new MyProgress.Attendance(0, 0, 0, 0, 100, 75,
                LateCounts.AS_PRESENT, ExcusedCounts.NOT_COUNTED), Locale.ENGLISH).isEmpty());
    }
}
