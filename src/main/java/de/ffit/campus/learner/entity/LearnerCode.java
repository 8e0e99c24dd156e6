package de.ffit.campus.learner.entity;

import de.ffit.campus.platform.error.CampusException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code printed on a learner card and typed at the kiosk. Random, not a database id, and without letters
 * that are easily confused (0/O, 1/I/L), so that it can be read aloud and typed on a small keyboard.
 *
 * <p>New codes have {@value #CHECKED_LENGTH} characters: {@value #GENERATED_LENGTH} random ones and a check
 * character, so that the kiosk catches a mistyped code before the PIN, without asking the server. The alphabet has
 * 31 characters, a prime: with the weights {@value #CHECKED_LENGTH} … 2 for the random characters and 1 for the
 * check character (distinct and non-zero), the weighted sum of a code is 0 modulo 31, and every substitution of one
 * character and every swap of two neighbours changes that sum. Codes of any other length (the 8 characters of
 * cards printed before, or a code a coordinator typed) have no check character and keep working as they are.
 * {@code webapp/resources/js/kiosk.js} checks the same way.
 */
public record LearnerCode(String value) {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{4,12}");
    static final int GENERATED_LENGTH = 8;
    /** the length of a code with a check character */
    public static final int CHECKED_LENGTH = GENERATED_LENGTH + 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    public LearnerCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw CampusException.invalid("error.learnerCode", "code");
        }
    }

    /** Accepts what a person types: spaces and dashes are ignored, lower case is fine. */
    public static LearnerCode of(String typed) {
        return new LearnerCode(clean(typed));
    }

    /** A code as typed, without spaces and dashes, in capitals. */
    public static String clean(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** A new code: random characters and the check character. */
    public static LearnerCode random() {
        StringBuilder code = new StringBuilder(CHECKED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        code.append(checkCharacter(code));
        return new LearnerCode(code.toString());
    }

    /** Whether this code carries a check character (by its length: older codes have none). */
    public boolean isChecked() {
        return value.length() == CHECKED_LENGTH;
    }

    /** False only for a code with a check character that does not fit: a typing mistake. */
    public boolean isWellTyped() {
        return !isChecked() || weightedSum(value) == 0;
    }

    /** The check character of {@value #GENERATED_LENGTH} characters of the alphabet. */
    static char checkCharacter(CharSequence body) {
        if (body.length() != GENERATED_LENGTH) {
            throw new IllegalArgumentException("a code body has " + GENERATED_LENGTH + " characters");
        }
        int sum = weightedSum(body + String.valueOf(ALPHABET.charAt(0)));
        if (sum < 0) {
            throw new IllegalArgumentException("not in the alphabet: " + body);
        }
        return ALPHABET.charAt((ALPHABET.length() - sum) % ALPHABET.length());
    }

    /** The sum of each character's place in the alphabet times its weight, modulo 31; -1 for a foreign character. */
    private static int weightedSum(CharSequence code) {
        int sum = 0;
        for (int i = 0; i < code.length(); i++) {
            int digit = ALPHABET.indexOf(code.charAt(i));
            if (digit < 0) {
                return -1;
            }
            sum += digit * (code.length() - i);
        }
        return sum % ALPHABET.length();
    }

    @Override
    public String toString() {
        return value;
    }
}
