package de.ffit.campus.platform.metrics;

import de.ffit.campus.platform.config.CampusSettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Who may read {@code /metrics}: with {@code FFIT_METRICS_TOKEN} set, whoever sends it as a bearer token, and
 * nobody else (not even this machine). Without a token, only this machine, and only when no proxy is configured
 * ({@code FFIT_TRUSTED_PROXIES} empty): behind a proxy on the same host every request comes from loopback, and a
 * proxy need not add any header, so the absence of X-Forwarded-For proves nothing. A request that carries a proxy's
 * header (X-Forwarded-For, Forwarded, X-Real-IP, …) is refused even so. Everyone else gets 404, as if there were
 * nothing.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"})
public class MetricsAccess extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** headers that proxies add: a request with any of them came through one, whatever its address */
    static final List<String> PROXY_HEADERS = List.of("X-Forwarded-For", "Forwarded",
            "X-Real-IP", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Client-IP", "True-Client-IP", "Via");

    @Inject
    transient CampusSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (allowed(settings.metricsToken(), request.getHeader("Authorization"), request.getRemoteAddr(),
                proxied(settings.trustedProxies(), request::getHeader))) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** whether a proxy may stand between this application and whoever asked */
    static boolean proxied(List<String> trustedProxies, UnaryOperator<String> header) {
        return !trustedProxies.isEmpty() || PROXY_HEADERS.stream().anyMatch(h -> header.apply(h) != null);
    }

    /**
     * @param proxied whether a proxy may stand between (one is configured, or the request carries a proxy's
     *                header); loopback then proves nothing
     */
    static boolean allowed(Optional<String> token, String authorization, String remoteAddress, boolean proxied) {
        if (token.isPresent()) {
            String expected = "Bearer " + token.get();
            return authorization != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    authorization.strip().getBytes(StandardCharsets.UTF_8));
        }
        return !proxied && isLoopback(remoteAddress);
    }

    private static boolean isLoopback(String address) {
        if (address == null || !(address.indexOf(':') >= 0 || address.matches("[0-9.]+"))) {
            return false;
        }
        try {
            // a literal address: no name lookup happens
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
