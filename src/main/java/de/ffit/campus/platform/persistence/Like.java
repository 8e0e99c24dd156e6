package de.ffit.campus.platform.persistence;

import java.util.Locale;

/** A search text as a LIKE pattern: "contains", case-insensitive, with the user's % and _ taken literally. */
public final class Like {

    /** Use with {@code like :q escape '\'} on a {@code lower(...)} expression. */
    public static final String ESCAPE = " escape '\\'";

    private Like() {
    }

    public static String containing(String text) {
        String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
