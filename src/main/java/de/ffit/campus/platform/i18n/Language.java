package de.ffit.campus.platform.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of ffIT learners, each with its native name and writing direction. {@code ui} marks those the
 * interface is translated into (all ten now; a new language starts with {@code false} until its bundles are
 * complete, see README "Adding a language"); every language can be a learner's preferred one.
 */
public enum Language {
    DE("de", "Deutsch", false, true, "latn"),
    EN("en", "English", false, true, "latn"),
    AR("ar", "العربية", true, true, "arab"),
    FA("fa", "دری/فارسی", true, true, "arabext"),
    UK("uk", "Українська", false, true, "latn"),
    TR("tr", "Türkçe", false, true, "latn"),
    PS("ps", "پښتو", true, true, "arabext"),
    KMR("kmr", "Kurdî (Kurmancî)", false, true, "latn"),
    TI("ti", "ትግርኛ", false, true, "latn"),
    RU("ru", "Русский", false, true, "latn");

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;
    private final boolean ui;
    private final String numberingSystem;

    Language(String code, String nativeName, boolean rightToLeft, boolean ui, String numberingSystem) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
        this.ui = ui;
        this.numberingSystem = numberingSystem;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public boolean isRightToLeft() {
        return rightToLeft;
    }

    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    /**
     * The digits this language writes numbers, dates and times with: CLDR's default numbering system for the
     * language ({@code arab} ٠١٢, {@code arabext} ۰۱۲, {@code latn} 012). Named here rather than left to each
     * runtime because the runtimes disagree: the JDK 17's CLDR 39 says {@code arab} for "ar", the CLDR in
     * Chromium 156 says {@code latn} (only "ar-EG" and some other regions {@code arab}), and Chromium has no
     * data at all for "ps", "kmr" and "ti" (it falls back to English and Western digits). See {@link Numerals}.
     */
    public String numberingSystem() {
        return numberingSystem;
    }

    public boolean isUi() {
        return ui;
    }

    /** for EL: {@code #{language.code}} */
    public String getCode() {
        return code;
    }

    public String getNativeName() {
        return nativeName;
    }

    public String getDirection() {
        return direction();
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = c.indexOf('-');
        String primary = dash > 0 ? c.substring(0, dash) : c;
        // Dari and Western Persian are one written language for our purposes; Kurmanji is "ku" in many browsers
        primary = switch (primary) {
            case "prs", "pes" -> "fa";
            case "ku" -> "kmr";
            default -> primary;
        };
        String wanted = primary;
        return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
    }

    public static Language ofLocale(Locale locale) {
        return of(locale == null ? null : locale.toLanguageTag()).orElse(EN);
    }

    public static List<Language> ui() {
        return Arrays.stream(values()).filter(Language::isUi).toList();
    }

    public static List<Language> all() {
        return List.of(values());
    }
}
