package de.ffit.campus.platform.i18n;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every number a person reads, in the digits of their language: counts, "x of y", percentages, dates and times,
 * for pages (through {@link NumeralsInPages}, {@code #{num…}}), scripts (the page's {@code data-locale}, see
 * {@link #scriptTag(Locale)}) and PDFs alike. The digits are the language's {@link Language#numberingSystem()},
 * carried as the Unicode extension {@code -u-nu-…} so that the JDK's number and date formats, and the browser's
 * {@code Intl}, all follow it.
 * <p>
 * Two traps this class exists for: {@code DateTimeFormatter.withLocale} (and {@code ofPattern(p, locale)}, and
 * Faces' {@code f:convertDateTime}) write Western digits in every language; only {@code localizedBy} (or
 * {@code withDecimalStyle}) takes the locale's digits. And string concatenation in EL ({@code #{a} / #{b}})
 * prints Western digits too. Codes, serials, phone numbers and URLs are not numbers in this sense and stay Latin.
 */
public final class Numerals {

    /**
     * What the formats below are made of, made once per locale (issue 24: building the locale, the number format and
     * the localized date format for every number and day was about 6 % of the kiosk page's CPU). Bounded: locales
     * come from the interface's languages, but a caller could pass any, and then the formats are made each time.
     */
    private static final int CACHED = 200;
    private static final Map<Locale, Locale> LOCALES = new ConcurrentHashMap<>();
    private static final Map<Locale, NumberFormat> NUMBERS = new ConcurrentHashMap<>();
    private static final Map<Locale, NumberFormat> PERCENTS = new ConcurrentHashMap<>();
    private static final Map<Formatter, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    /** a date format by what makes it (a style or pattern, as text) and the locale it is localized by */
    private record Formatter(String format, Locale locale) {
    }

    private Numerals() {
    }

    private static <K, V> V cached(Map<K, V> cache, K key, Function<K, V> make) {
        V value = cache.get(key);
        if (value != null) {
            return value;
        }
        value = make.apply(key);
        if (cache.size() < CACHED) {
            cache.putIfAbsent(key, value);
        }
        return value;
    }

    /** The locale with its numbering system named: {@code ar} becomes {@code ar-u-nu-arab}. */
    public static Locale locale(Locale locale) {
        return locale == null ? numbered(null) : cached(LOCALES, locale, Numerals::numbered);
    }

    private static Locale numbered(Locale locale) {
        Language language = Language.ofLocale(locale);
        Locale base = locale == null ? language.locale() : locale;
        return new Locale.Builder().setLocale(base).setUnicodeLocaleKeyword("nu", language.numberingSystem()).build();
    }

    /**
     * The BCP 47 tag a page gives its scripts for {@code Intl}: the language, its digits and the Gregorian
     * calendar (Chromium writes Persian dates in the Solar Hijri calendar by default; the server and the
     * certificates write Gregorian ones, and one page must not show the same day two ways).
     */
    public static String scriptTag(Locale locale) {
        Language language = Language.ofLocale(locale);
        return language.code() + "-u-ca-gregory-nu-" + language.numberingSystem();
    }

    /** The digit zero of the language: '0', '٠' or '۰'. */
    public static char zero(Locale locale) {
        return DecimalStyle.of(locale(locale)).getZeroDigit();
    }

    /** A count or amount, grouped as the language groups it. */
    public static String number(Number value, Locale locale) {
        // a NumberFormat is not safe for threads: each use gets a copy of the one made for the locale
        return value == null ? "" : ((NumberFormat) cached(NUMBERS, locale(locale), NumberFormat::getInstance)
                .clone()).format(value);
    }

    /** "5 / 8": a part of a whole, both in the language's digits (reads right to left in Arabic script). */
    public static String of(Number part, Number whole, Locale locale) {
        return number(part, locale) + " / " + number(whole, locale);
    }

    /** A whole percentage (83 for 83 %), with the language's percent sign and its place ("83 %", "%83", "٨٣٪"). */
    public static String percent(Number whole, Locale locale) {
        return whole == null ? "" : ((NumberFormat) cached(PERCENTS, locale(locale), NumberFormat::getPercentInstance)
                .clone()).format(whole.doubleValue() / 100);
    }

    /** A formatter that writes the language's digits (and month and day names). */
    public static DateTimeFormatter localized(DateTimeFormatter formatter, Locale locale) {
        return formatter.localizedBy(locale(locale));
    }

    /** A day in the language's own style ({@code FormatStyle.MEDIUM}: "07.12.2026", "٠٧‏/١٢‏/٢٠٢٦"). */
    public static String date(LocalDate day, FormatStyle style, Locale locale) {
        return format(day, "date " + style, () -> DateTimeFormatter.ofLocalizedDate(style), locale);
    }

    /** A day by a pattern of {@link DateTimeFormatter} ("EEE, dd.MM.yyyy"), names and digits of the language. */
    public static String date(TemporalAccessor day, String pattern, Locale locale) {
        return format(day, "pattern " + pattern, () -> DateTimeFormatter.ofPattern(pattern), locale);
    }

    /** A time of day on the 24-hour clock, hours and minutes: "09:05", "٠٩:٠٥". */
    public static String time(LocalTime time, Locale locale) {
        return format(time, "pattern HH:mm", () -> DateTimeFormatter.ofPattern("HH:mm"), locale);
    }

    /** A date and time in the language's own style. */
    public static String dateTime(LocalDateTime moment, FormatStyle style, Locale locale) {
        return format(moment, "dateTime " + style, () -> DateTimeFormatter.ofLocalizedDateTime(style), locale);
    }

    /**
     * Writes the Western digits of an already formatted text in the language's digits. For text made outside
     * our formats only (a template's placeholder filled by someone else); never for codes, serials or URLs.
     */
    public static String digits(String text, Locale locale) {
        char zero = zero(locale);
        if (text == null || zero == '0') {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
        }
        return out.toString();
    }

    /** a date format made once per locale (DateTimeFormatter is immutable, so one serves every thread) */
    private static String format(TemporalAccessor value, String format, Supplier<DateTimeFormatter> make,
            Locale locale) {
        if (value == null) {
            return "";
        }
        Locale numbered = locale(locale);
        return cached(FORMATTERS, new Formatter(format, numbered), key -> make.get().localizedBy(numbered))
                .format(value);
    }
}
