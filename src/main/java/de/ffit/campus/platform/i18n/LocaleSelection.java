package de.ffit.campus.platform.i18n;

import de.ffit.campus.platform.config.CampusSettings;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language of this browser session: the one the user picked (remembered in a cookie), else the first of
 * the browser's {@code Accept-Language} that the interface speaks, else the configured default.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "ffit-lang";

    @Inject
    CampusSettings settings;

    private Language chosen;

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public Language getLanguage() {
        if (chosen != null) {
            return chosen;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
            return fromRequest(request, settings.defaultLocale());
        }
        return Language.ofLocale(settings.defaultLocale());
    }

    /** {@code rtl} or {@code ltr}, for the {@code dir} attribute of the page. */
    public String getDirection() {
        return getLanguage().direction();
    }

    public List<Language> getChoices() {
        return Language.ui();
    }

    /**
     * Switches the language for this session and remembers it for a year on this device; then shows the same
     * page again, freshly rendered in the new language and direction.
     */
    public String choose(String code) {
        Language.of(code).filter(Language::isUi).ifPresent(language -> {
            chosen = language;
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.addResponseCookie(COOKIE, language.code(), Map.of(
                    "maxAge", 365 * 24 * 3600,
                    "path", external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath(),
                    "httpOnly", Boolean.TRUE,
                    "SameSite", "Lax"));
            FacesContext.getCurrentInstance().getViewRoot().setLocale(language.locale());
        });
        return FacesContext.getCurrentInstance().getViewRoot().getViewId()
                + "?faces-redirect=true&includeViewParams=true";
    }

    static Language fromRequest(HttpServletRequest request, Locale fallback) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    var remembered = Language.of(cookie.getValue()).filter(Language::isUi);
                    if (remembered.isPresent()) {
                        return remembered.get();
                    }
                }
            }
        }
        if (request.getHeader("Accept-Language") != null) {
            Enumeration<Locale> wanted = request.getLocales();
            while (wanted.hasMoreElements()) {
                var language = Language.of(wanted.nextElement().toLanguageTag()).filter(Language::isUi);
                if (language.isPresent()) {
                    return language.get();
                }
            }
        }
        return Language.ofLocale(fallback);
    }
}
