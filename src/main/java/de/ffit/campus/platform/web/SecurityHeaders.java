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
import java.util.OptionalLong;

/**
 * Security headers on every answer. PrimeFaces writes inline scripts, so scripts may be inline but only from
 * this origin; nothing may frame our pages (clickjacking); pages with personal data are not cached.
 * Strict-Transport-Security as {@code FFIT_HSTS} says (by default when the public address is https, as behind a
 * TLS proxy), and always on a request that came in over TLS.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CampusSettings settings;

    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        applyTo(request, response, settings.hstsMaxAge());
        chain.doFilter(request, response);
    }

    /**
     * Writes the headers. Also called by the sign-in mechanism, whose own answers (the 401 challenge, the redirect
     * to the sign-in page, 429) are sent before any filter runs.
     */
    public static void applyTo(HttpServletRequest request, HttpServletResponse response, OptionalLong hsts) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
        if (hsts.isPresent()) {
            response.setHeader("Strict-Transport-Security", "max-age=" + hsts.getAsLong());
        } else if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
