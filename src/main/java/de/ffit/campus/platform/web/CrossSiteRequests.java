package de.ffit.campus.platform.web;

import de.ffit.campus.platform.config.CampusSettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses a request that changes something (any method but GET, HEAD, OPTIONS) when the browser says it comes
 * from another site: cross-site request forgery. The Faces view state already guards the forms of pages that keep
 * one, and the session cookie is SameSite=Lax; this guards the rest, such as the sign-in form (which keeps no view
 * state, so a foreign page could otherwise sign a visitor in as someone else) and the kiosk's stateless forms, and
 * it does not depend on how a browser treats cookies.
 *
 * <p>It believes what only a browser can write: {@code Sec-Fetch-Site} where the browser sends it (allowed:
 * {@code same-origin}, and {@code none} for what the user did themselves), otherwise {@code Origin}, which must be
 * this server as the request addressed it ({@code Host}) or the public address ({@code FFIT_PUBLIC_URL}, as
 * behind a proxy that changes the host). A request with neither comes from a program or an old browser, not from
 * a page on another site, and passes: the API's clients sign in with each request.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CrossSiteRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CrossSiteRequests.class.getName());
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    transient CampusSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod()) && isCrossSite(request.getHeader("Sec-Fetch-Site"),
                request.getHeader("Origin"), request.getHeader("Host"), settings.publicUrl())) {
            // which page and which site, never who: the request may carry a visitor's data
            LOG.info(() -> "Refused a " + request.getMethod() + " to " + request.getRequestURI()
                    + " sent by a page of " + describe(request));
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether a request that changes something was sent by a page of another site. {@code host} is the request's
     * {@code Host} header, {@code publicUrl} the installation's public address; both may be null.
     */
    static boolean isCrossSite(String fetchSite, String origin, String host, String publicUrl) {
        if (fetchSite != null && !fetchSite.isBlank()) {
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            return !site.equals("same-origin") && !site.equals("none");
        }
        if (origin == null || origin.isBlank()) {
            return false;
        }
        Authority from = Authority.ofOrigin(origin.strip());
        if (from == null) {
            return true; // "null" (a sandboxed frame, a data: page) or garbage: no page of ours sends that
        }
        return !from.sameAs(Authority.ofHost(host, from.scheme)) && !from.sameAs(Authority.ofOrigin(publicUrl));
    }

    private static String describe(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String site = request.getHeader("Sec-Fetch-Site");
        return (origin == null ? "an unnamed origin" : origin.replaceAll("[^\\x21-\\x7e]", "?"))
                + (site == null ? "" : " (" + site.replaceAll("[^\\x21-\\x7e]", "?") + ")");
    }

    /** Scheme, host and port of an address, the port filled in from the scheme when it is left out. */
    record Authority(String scheme, String host, int port) {

        static Authority ofOrigin(String url) {
            if (url == null) {
                return null;
            }
            try {
                URI uri = URI.create(url.strip());
                if (uri.getScheme() == null || uri.getHost() == null) {
                    return null;
                }
                String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
                return new Authority(scheme, uri.getHost().toLowerCase(Locale.ROOT),
                        uri.getPort() >= 0 ? uri.getPort() : defaultPort(scheme));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /** A {@code Host} header ({@code name[:port]}), read with the scheme the origin names. */
        static Authority ofHost(String host, String scheme) {
            if (host == null || host.isBlank()) {
                return null;
            }
            return ofOrigin(scheme + "://" + host.strip());
        }

        private static int defaultPort(String scheme) {
            return scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
        }

        /** Host and port alike: a proxy in front may end TLS, so the scheme the server sees is not compared. */
        boolean sameAs(Authority other) {
            return other != null && host.equals(other.host) && port == other.port;
        }
    }
}
