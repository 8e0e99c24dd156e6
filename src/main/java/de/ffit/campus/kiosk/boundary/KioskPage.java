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

    public KioskIdentity getDevice() {
        return KioskDeviceCookie.of(request).orElse(null);
    }

    public boolean isSignedIn() {
        return KioskVisit.of(request).isPresent();
    }

    public int getIdleSeconds() {
        return settings.kioskIdleSeconds();
    }

    /** every language the kiosk speaks, each under its own name */
    public List<Language> getLanguages() {
        return Language.ui();
    }

    public boolean isCurrent(Language language) {
        return locale.getLanguage() == language;
    }
}
