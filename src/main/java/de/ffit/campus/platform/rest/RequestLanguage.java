package de.ffit.campus.platform.rest;

import de.ffit.campus.platform.i18n.Language;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language an API answer's messages are in: the first of {@code Accept-Language} we speak, else English. */
public final class RequestLanguage {

    private RequestLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers != null) {
            try {
                for (Locale wanted : headers.getAcceptableLanguages()) {
                    var language = Language.of(wanted.toLanguageTag()).filter(Language::isUi);
                    if (language.isPresent()) {
                        return language.get().locale();
                    }
                }
            } catch (RuntimeException malformedHeader) {
                // a broken Accept-Language header does not deserve a broken answer
            }
        }
        return Locale.ENGLISH;
    }
}
