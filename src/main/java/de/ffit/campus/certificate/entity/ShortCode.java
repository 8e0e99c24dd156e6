package de.ffit.campus.certificate.entity;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code a person reads aloud and types to check a certificate, beside its QR code: ten characters of Crockford's
 * base 32 (digits and capital letters without I, L, O and U), 50 random bits, printed in groups as
 * {@code K7M2-QX9P-4T}. What someone types is read leniently: any case, with or without spaces and hyphens, and the
 * letters that look like digits (O, I, L) as those digits, so no character can be mistaken for another.
 */
public final class ShortCode {

    /** 32 symbols: 5 bits each */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ShortCode() {
    }

    /** a new random code, {@value #LENGTH} symbols without separators (as stored) */
    public static String random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A typed code as stored, or empty when it cannot be one (wrong length, a character outside the alphabet). */
    public static Optional<String> read(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-' || c == '\u00a0' || c == '\u2010' || c == '\u2011' || c == '\u2013') {
                continue;
            }
            char symbol = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(symbol) < 0 || code.length() == LENGTH) {
                return Optional.empty();
            }
            code.append(symbol);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** as printed and shown: {@code K7M2-QX9P-4T} */
    public static String grouped(String code) {
        if (code == null || code.length() != LENGTH) {
            return code;
        }
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }
}
