package de.ffit.campus.platform.i18n;

import java.util.Locale;

/**
 * Texts with a count, in the plural form the language needs: CLDR's cardinal plural rules for whole numbers, for the
 * languages the interface speaks (the JDK has none, and a choice format cannot say "21 is singular" in Russian).
 * A text with a count has one key per form: {@code key.one}, {@code key.two}, {@code key.few}, {@code key.many} and
 * {@code key.other}, in every bundle (a language that has no such form repeats its other text there). Arabic's
 * "zero" form takes the "other" text: pages say "none" in words instead of showing 0.
 */
public final class Plurals {

    public static final String[] FORMS = {"one", "two", "few", "many", "other"};

    private Plurals() {
    }

    /** The CLDR plural category of a whole number in the language. */
    public static String form(Locale locale, long count) {
        long n = Math.abs(count);
        long mod10 = n % 10;
        long mod100 = n % 100;
        return switch (locale.getLanguage()) {
            case "ar" -> n == 1 ? "one" : n == 2 ? "two" : mod100 >= 3 && mod100 <= 10 ? "few"
                    : mod100 >= 11 ? "many" : "other";
            case "ru", "uk" -> mod10 == 1 && mod100 != 11 ? "one"
                    : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? "few" : "many";
            case "fa", "ti" -> n <= 1 ? "one" : "other";
            default -> n == 1 ? "one" : "other";
        };
    }

    /**
     * The text {@code key.<form>} for the count; its arguments are the count itself as {0} (written with the
     * language's digits) and the further arguments as {1}, {2}, …
     */
    public static String text(Locale locale, String key, long count, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = number(locale, count);
        System.arraycopy(more, 0, args, 1, more.length);
        return Messages.text(locale, key + "." + form(locale, count), args);
    }

    /** A whole number as the language writes it (its digits and grouping: Numerals). */
    public static String number(Locale locale, long n) {
        return Numerals.number(n, locale);
    }
}
