package de.ffit.campus.kiosk.boundary;

import de.ffit.campus.kiosk.control.KioskIdentity;
import de.ffit.campus.kiosk.control.Kiosks;
import de.ffit.campus.platform.security.DeviceSignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * The kiosk device's secret lives in a cookie that only the kiosk pages see (path {@code /kiosk}), that no script
 * can read, and that no other site can send along (SameSite=Strict). The platform's authentication mechanism asks
 * it on the kiosk's paths ({@link DeviceSignIn}): there the cookie counts, nothing else.
 */
@ApplicationScoped
public class KioskDeviceCookie implements DeviceSignIn {

    /** the security group of kiosk devices (see web.xml): the kiosk pages and nothing else */
    public static final String KIOSK_GROUP = "KIOSK";
    static final String KIOSK_SETUP_PAGE = "/kiosk/setup.xhtml";

    static final String NAME = "ffit-kiosk";
    /** the recognised device of this request, once looked up */
    static final String ATTRIBUTE = "ffit.kiosk.device";
    static final int MAX_AGE = 365 * 24 * 3600;

    @Inject
    Kiosks kiosks;

    public static boolean isKioskPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/kiosk") || path.startsWith("/kiosk/");
    }

    @Override
    public boolean covers(HttpServletRequest request) {
        return isKioskPath(request);
    }

    @Override
    public Optional<String> recognise(HttpServletRequest request) {
        return recogniseKiosk(request).map(KioskIdentity::principal);
    }

    @Override
    public String group() {
        return KIOSK_GROUP;
    }

    @Override
    public String setUpPage() {
        return KIOSK_SETUP_PAGE;
    }

    /** The kiosk this browser is, if its cookie holds the secret of a registered, set-up kiosk. */
    public Optional<KioskIdentity> recogniseKiosk(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof KioskIdentity known) {
            return Optional.of(known);
        }
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                Optional<KioskIdentity> kiosk = kiosks.recognise(cookie.getValue());
                kiosk.ifPresent(k -> request.setAttribute(ATTRIBUTE, k));
                return kiosk;
            }
        }
        return Optional.empty();
    }

    /** The identity the authentication mechanism put on this request (kiosk pages only). */
    public static Optional<KioskIdentity> of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof KioskIdentity known ? Optional.of(known) : Optional.empty();
    }

    static void store(HttpServletRequest request, HttpServletResponse response, String token, boolean secure) {
        response.addHeader("Set-Cookie", header(request, token, MAX_AGE, secure));
    }

    /**
     * Written as a header, so that SameSite=Strict is surely sent (Payara ignores SameSite in the session cookie's
     * Servlet configuration, see SessionCookies). Secure when the public address is https (also behind a proxy that
     * ends TLS) or the request came over https.
     */
    private static String header(HttpServletRequest request, String value, int maxAge, boolean secure) {
        return NAME + "=" + value + "; Path=" + request.getContextPath() + "/kiosk; Max-Age=" + maxAge
                + "; HttpOnly; SameSite=Strict" + (secure || request.isSecure() ? "; Secure" : "");
    }
}
