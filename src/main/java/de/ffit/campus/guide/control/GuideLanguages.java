package de.ffit.campus.guide.control;

import java.util.Locale;

/**
 * Language codes as Integreat and browsers write them, turned into the ones the catalogue keys by: Dari and
 * Western Persian ({@code fa}, {@code fa-AF}, {@code prs}, {@code pes}) are one written language here; Kurmanji is
 * {@code kmr} (also written {@code ku}); Sorani ({@code ckb}) is a language of its own. The direction of a language
 * is never derived from its code: it comes from Integreat's {@code dir}.
 */
public final class GuideLanguages {

    private GuideLanguages() {
    }

    public static String normalise(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        int dash = c.indexOf('-');
        String primary = dash > 0 ? c.substring(0, dash) : c;
        return switch (primary) {
            case "fa", "prs", "pes" -> "fa";
            case "ku", "kmr" -> "kmr";
            default -> primary;
        };
    }
}
