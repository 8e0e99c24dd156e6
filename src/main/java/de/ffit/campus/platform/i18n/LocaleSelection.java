package de.ffit.campus.platform.i18n;

import de.ffit.campus.platform.config.CampusSettings;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

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
     * Switches the language for this session and remembers it for a year on this device. Called for a plain
     * link ({@code ?lang=ar}, see {@link LanguageSwitch}), so switching needs no form and no script.
     */
    public boolean choose(String code, HttpServletRequest request, HttpServletResponse response) {
        return choose(code, request, response, true);
    }

    /**
     * As {@link #choose(String, HttpServletRequest, HttpServletResponse)}; with {@code remember} false only for
     * this session (a shared kiosk must not hand one learner's language to the next).
     */
    public boolean choose(String code, HttpServletRequest request, HttpServletResponse response, boolean remember) {
        var language = Language.of(code).filter(Language::isUi);
        language.ifPresent(l -> chosen = l);
        language.filter(l -> remember).ifPresent(l -> {
            Cookie cookie = new Cookie(COOKIE, l.code());
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        });
        return language.isPresent();
    }

    /** Speaks this language for the rest of the session, if the interface speaks it; remembers nothing. */
    public void useForSession(Language language) {
        if (language != null && language.isUi()) {
            chosen = language;
        }
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
