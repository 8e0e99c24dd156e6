package de.ffit.campus.platform.i18n;

import de.ffit.campus.platform.error.CampusException;
import java.text.MessageFormat;
import java.time.Year;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface texts, from {@code i18n/messages*.properties}. The base file is English; a language without a
 * text for a key falls back to English, never to the server's own locale.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private static final ResourceBundle.Control NO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_SERVER_LOCALE);
    }

    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof CampusException.MessageKey k) {
                resolved[i] = text(locale, k.key());
            } else if (args[i] instanceof CampusException.Sentences s) {
                resolved[i] = String.join("; ", s.items().stream()
                        .map(item -> text(locale, item.key(), item.args().toArray())).toList());
            } else if (args[i] instanceof Year year) {
                // a year in the language's digits, never grouped like an amount ("2.000")
                resolved[i] = Numerals.digits(year.toString(), locale);
            } else {
                resolved[i] = args[i];
            }
        }
        return new MessageFormat(pattern, Numerals.locale(locale)).format(resolved);
    }

    /** The label of an input field ({@code field.<name>}), or the name itself when there is none. */
    public static String field(Locale locale, String name) {
        String label = text(locale, "field." + name);
        return label.equals("field." + name) ? name : label;
    }

    public static String text(Locale locale, CampusException e) {
        return text(locale, e.key(), e.args());
    }
}
