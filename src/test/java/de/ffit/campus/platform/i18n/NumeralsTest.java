package de.ffit.campus.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumeralsTest {

    private static final Locale AR = Locale.forLanguageTag("ar");
    private static final Locale FA = Locale.forLanguageTag("fa");
    private static final Locale PS = Locale.forLanguageTag("ps");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    /** The digits a text uses: "latn", "arab", "arabext", or "mixed". */
    static String digitsOf(String text) {
        boolean latn = text.chars().anyMatch(c -> c >= '0' && c <= '9');
        boolean arab = text.chars().anyMatch(c -> c >= 0x660 && c <= 0x669);
        boolean arabext = text.chars().anyMatch(c -> c >= 0x6F0 && c <= 0x6F9);
        int kinds = (latn ? 1 : 0) + (arab ? 1 : 0) + (arabext ? 1 : 0);
        return kinds > 1 ? "mixed" : arab ? "arab" : arabext ? "arabext" : "latn";
    }

    @Test
    void eachLanguageHasTheDigitsOfCldrsDefault() {
        for (Language language : Language.all()) {
            String expected = switch (language) {
                case AR -> "arab";
                case FA, PS -> "arabext";
                default -> "latn";
            };
            assertEquals(expected, language.numberingSystem(), language.code());
            assertEquals(expected, digitsOf(Numerals.number(1234567, language.locale())), language.code());
        }
    }

    @Test
    void countsPartsAndPercentages() {
        assertEquals("٢١ / ١٠", Numerals.of(21, 10, AR));
        assertEquals("۵ / ۸", Numerals.of(5, 8, FA));
        assertEquals("5 / 8", Numerals.of(5, 8, Locale.GERMAN));
        assertEquals("arab", digitsOf(Numerals.percent(83, AR)));
        assertTrue(Numerals.percent(83, AR).contains("٨٣"));
        assertEquals("83\u00a0%", Numerals.percent(83, Locale.GERMAN));
        assertEquals("%83", Numerals.percent(83, Locale.forLanguageTag("tr")));
        assertEquals("1.234", Numerals.number(1234, Locale.GERMAN));
    }

    @Test
    void datesAndTimesAreNumbersToo() {
        // the trap: DateTimeFormatter.withLocale writes Western digits in Arabic
        assertEquals("latn", digitsOf(java.time.format.DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(AR).format(DAY)));
        assertEquals("arab", digitsOf(Numerals.date(DAY, FormatStyle.MEDIUM, AR)));
        assertEquals("arabext", digitsOf(Numerals.date(DAY, FormatStyle.LONG, FA)));
        assertEquals("arabext", digitsOf(Numerals.date(DAY, FormatStyle.LONG, PS)));
        assertEquals("07.12.2026", Numerals.date(DAY, FormatStyle.MEDIUM, Locale.GERMAN));
        assertEquals("٠٩:٠٥", Numerals.time(LocalTime.of(9, 5), AR));
        assertEquals("۰۹:۰۵", Numerals.time(LocalTime.of(9, 5), FA));
        assertEquals("09:05", Numerals.time(LocalTime.of(9, 5), Locale.forLanguageTag("uk")));
        assertEquals("٠٧.١٢.", Numerals.date(DAY, "dd.MM.", AR));
        assertEquals("arab", digitsOf(Numerals.dateTime(LocalDateTime.of(2026, 12, 7, 9, 5), FormatStyle.SHORT, AR)));
        // Gregorian in Persian too: the 7th of December, not the 16th of Azar
        assertTrue(Numerals.date(DAY, FormatStyle.LONG, FA).contains("۲۰۲۶"));
    }

    @Test
    void interfaceTextsWithNumbersFollowTheLanguage() {
        assertEquals("arab", digitsOf(Messages.text(AR, "cohort.counts", 12, 3)));
        assertEquals("arabext", digitsOf(Messages.text(FA, "cohort.counts", 12, 3)));
        assertEquals("arabext", digitsOf(Messages.text(PS, "cohort.counts", 12, 3)));
        assertEquals("latn", digitsOf(Messages.text(Locale.forLanguageTag("ti"), "cohort.counts", 12, 3)));
    }

    @Test
    void scriptsGetTheDigitsAndTheGregorianCalendar() {
        assertEquals("ar-u-ca-gregory-nu-arab", Numerals.scriptTag(AR));
        assertEquals("ps-u-ca-gregory-nu-arabext", Numerals.scriptTag(PS));
        assertEquals("de-u-ca-gregory-nu-latn", Numerals.scriptTag(Locale.GERMAN));
        assertEquals("ar-u-nu-arab", Numerals.locale(AR).toLanguageTag());
    }

    @Test
    void textFormattedElsewhereGetsTheDigitsOfTheLanguage() {
        assertEquals("الدرس ٣", Numerals.digits("الدرس 3", AR));
        assertEquals("۱۲", Numerals.digits("12", FA));
        assertEquals("12", Numerals.digits("12", Locale.GERMAN));
        assertFalse(Numerals.digits("x", AR).isEmpty());
    }

    /**
     * The formats are made once per locale (issue 24) and shared by every request's thread: numbers in two languages
     * and days written by many threads at once come out as a format made for that one call writes them (a format
     * kept for the wrong locale shows here; a shared NumberFormat's race did not show in a run without the copy).
     */
    @Test
    void formatsMadeOncePerLocaleAreRightFromManyThreadsAtOnce() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> wrong = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int seed = t;
                wrong.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        long n = 1_000_000L * seed + i * 7L;
                        Locale locale = i % 2 == 0 ? AR : Locale.GERMAN;
                        String expected = java.text.NumberFormat.getInstance(Numerals.locale(locale)).format(n);
                        String written = Numerals.number(n, locale);
                        if (!expected.equals(written)) {
                            return n + ": " + written + " instead of " + expected;
                        }
                        LocalDate day = DAY.plusDays(i % 400);
                        String date = Numerals.date(day, FormatStyle.SHORT, FA);
                        if (!date.equals(day.format(java.time.format.DateTimeFormatter.ofLocalizedDate(
                                FormatStyle.SHORT).localizedBy(Numerals.locale(FA))))) {
                            return day + ": " + date;
                        }
                    }
                    return null;
                }));
            }
            for (var result : wrong) {
                assertEquals(null, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
