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
