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
import java.util.Optional;

/**
 * Who may read {@code /metrics}: with {@code FFIT_METRICS_TOKEN} set, whoever sends it as a bearer token;
 * without it, only this machine, asked directly (not through a proxy, which would add X-Forwarded-For). Everyone
 * else gets 404, as if there were nothing.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"})
public class MetricsAccess extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CampusSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (allowed(settings.metricsToken(), request.getHeader("Authorization"), request.getRemoteAddr(),
                request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null)) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

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
