package de.ffit.campus.kiosk.boundary;

import de.ffit.campus.kiosk.control.KioskIdentity;
import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.i18n.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** What every kiosk screen shows: where the kiosk stands, the languages, the idle time. */
@Named("kiosk")
@RequestScoped
public class KioskPage {

    @Inject
    HttpServletRequest request;

    @Inject
    CampusSettings settings;

    @Inject
    LocaleSelection locale;

    private List<LanguageLink> languageLinks;

    public KioskIdentity getDevice() {
        return KioskDeviceCookie.of(request).orElse(null);
    }

    public boolean isSignedIn() {
        return KioskVisit.of(request).isPresent();
    }

    public int getIdleSeconds() {
        return settings.kioskIdleSeconds();
    }

    /**
     * A language the kiosk speaks, in its list: its code, direction and own name, and whether the screen speaks it
     * now.
     */
    public record LanguageLink(String code, String direction, String nativeName, boolean current) {
    }

    /**
     * the list of languages with the current one marked, made once per screen rather than a method expression twice
     * per language (issue 24)
     */
    public List<LanguageLink> getLanguageLinks() {
        if (languageLinks == null) {
            Language now = locale.getLanguage();
            languageLinks = Language.ui().stream().map(l -> new LanguageLink(l.code(), l.direction(), l.nativeName(),
                    l == now)).toList();
        }
        return languageLinks;
    }
}
