package de.ffit.campus.platform.web;

import de.ffit.campus.platform.config.CampusSettings;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Security headers on every answer. Scripts only from this origin, and on pages the inline scripts that PrimeFaces
 * writes (widget set-up, the event handlers of its components) carry a nonce: PrimeFaces' CSP mode
 * ({@code primefaces.CSP} in web.xml) makes a fresh one for each view and announces it in a header of its own,
 * {@code script-src 'self' 'nonce-…'}; this filter puts that nonce into the whole policy below instead, so an answer
 * has one policy (a browser would enforce two headers side by side). Answers that are no Faces page (REST, PDFs,
 * files) keep the policy without a nonce: no inline script at all. Style attributes stay allowed
 * ({@code 'unsafe-inline'} in style-src): PrimeFaces' widgets set positions and sizes in style attributes.
 * Nothing may frame our pages (clickjacking); pages with personal data are not cached.
 * Strict-Transport-Security as {@code FFIT_HSTS} says (by default when the public address is https, as behind a
 * TLS proxy), and always on a request that came in over TLS.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST,
        DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CampusSettings settings;

    static final String CSP_HEADER = "Content-Security-Policy";

    /** without a nonce: for answers that are no page */
    static final String CSP = policy(null);

    /** a nonce as PrimeFaces makes it (Base64); anything else in its header is not taken over */
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/]{16,128}={0,2})'");

    /** the policy; with {@code nonce}, inline scripts that carry it may run */
    static String policy(String nonce) {
        return "default-src 'self'; script-src 'self'" + (nonce == null ? "" : " 'nonce-" + nonce + "'") + "; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        applyTo(request, response, settings.hstsMaxAge());
        chain.doFilter("POST".equals(request.getMethod()) ? new PageNonces.Request(request) : request,
                new NonceInPolicy(response));
    }

    /**
     * Writes the headers. Also called by the sign-in mechanism, whose own answers (the 401 challenge, the redirect
     * to the sign-in page, 429) are sent before any filter runs.
     */
    public static void applyTo(HttpServletRequest request, HttpServletResponse response, OptionalLong hsts) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(CSP_HEADER, CSP);
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

    /** Turns PrimeFaces' own policy header into ours with its nonce (one header, not two). */
    static final class NonceInPolicy extends HttpServletResponseWrapper {

        NonceInPolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP_HEADER.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (CSP_HEADER.equalsIgnoreCase(name)) {
                Matcher nonce = NONCE.matcher(value == null ? "" : value);
                super.setHeader(CSP_HEADER, policy(nonce.find() ? nonce.group(1) : null));
            } else {
                super.setHeader(name, value);
            }
        }
    }
}
