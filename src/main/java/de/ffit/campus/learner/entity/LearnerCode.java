package de.ffit.campus.learner.entity;

import de.ffit.campus.platform.error.CampusException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code printed on a learner card and typed at the kiosk. Random, not a database id, and without letters
 * that are easily confused (0/O, 1/I/L), so that it can be read aloud and typed on a small keyboard.
 */
public record LearnerCode(String value) {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{4,12}");
    static final int GENERATED_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    public LearnerCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw CampusException.invalid("error.learnerCode", "code");
        }
    }

    /** Accepts what a person types: spaces and dashes are ignored, lower case is fine. */
    public static LearnerCode of(String typed) {
        String cleaned = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return new LearnerCode(cleaned);
    }

    public static LearnerCode random() {
        StringBuilder code = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new LearnerCode(code.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
