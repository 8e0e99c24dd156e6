package de.ffit.campus.platform.error;

/** Argument checks for entity constructors and methods, failing with a message key the user can read. */
public final class Require {

    private Require() {
    }

    /** Trims the text and refuses it when blank or longer than {@code max}. */
    public static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw CampusException.invalid("error.required", field, new CampusException.MessageKey("field." + field));
        }
        return optionalText(value, field, max);
    }

    /** Trims the text; blank becomes null; refuses more than {@code max} characters. */
    public static String optionalText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw CampusException.invalid("error.tooLong", field, new CampusException.MessageKey("field." + field), max);
        }
        return trimmed;
    }

    /**
     * A name (of a learner, an account, an organisation, a location, a course, a cohort, …): as {@link #text}, after
     * {@link #withoutControls} has taken out what no name contains.
     */
    public static String name(String value, String field, int max) {
        return text(withoutControls(value), field, max);
    }

    /** The same for a name that may be left out. */
    public static String optionalName(String value, String field, int max) {
        return optionalText(withoutControls(value), field, max);
    }

    /**
     * The text without control characters (Unicode Cc: NUL, bell, escape, …; a tab or line break becomes a space)
     * and without the bidi embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069), which could
     * turn the text around it on a page or in a PDF ("\u202Efdp.exe"). They are stripped, not refused: they are
     * invisible, so a user who pasted one could not find what to remove. Marks that names need stay: the
     * zero-width non-joiner of Persian, the left-to-right and right-to-left marks.
     */
    public static String withoutControls(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder kept = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL || c >= '\u202A' && c <= '\u202E'
                    || c >= '\u2066' && c <= '\u2069';
            if (control && kept == null) {
                kept = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (!control) {
                if (kept != null) {
                    kept.append(c);
                }
            } else if (Character.isWhitespace(c) || c == '\u0085') {
                kept.append(' ');
            }
        }
        return kept == null ? value : kept.toString();
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw CampusException.invalid("error.required", field, new CampusException.MessageKey("field." + field));
        }
        return value;
    }

    public static int range(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw CampusException.invalid("error.range", field, new CampusException.MessageKey("field." + field), min, max);
        }
        return value;
    }

    public static void that(boolean condition, String key, String field, Object... args) {
        if (!condition) {
            throw CampusException.invalid(key, field, args);
        }
    }
}
