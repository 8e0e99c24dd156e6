package de.ffit.campus.account.boundary;

import de.ffit.campus.account.control.TrustedDevices;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * The cookie by which a browser that signed in before is known to the sign-in brake (see {@link TrustedDevices}):
 * no script can read it (HttpOnly), it goes along when someone follows a link to us (SameSite=Lax, so that a link
 * from an e-mail still counts as the owner's device) but not with another site's forms and requests, and it is
 * Secure when the public address is https (also behind a proxy that ends TLS) or the request came over https.
 */
final class DeviceCookie {

    static final String NAME = "ffit-device";

    private DeviceCookie() {
    }

    static Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName())) {
                    return Optional.ofNullable(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** Written as a header, so that SameSite is surely sent (Payara ignores it in the Servlet cookie settings). */
    static void write(HttpServletRequest request, HttpServletResponse response, String token, boolean secure) {
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath() + "/";
        response.addHeader("Set-Cookie", NAME + "=" + token + "; Path=" + path + "; Max-Age="
                + TrustedDevices.KEPT_FOR.toSeconds() + "; HttpOnly; SameSite=Lax"
                + (secure || request.isSecure() ? "; Secure" : ""));
    }
}
