package de.ffit.campus.platform.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Times every request, by kind (pages, API, kiosk, verification, static resources, health and metrics), and
 * counts the answers with a server error. The kind is taken from the path only, never from ids in it, so the
 * number of series stays small.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestMetrics extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /*
     * A histogram in milliseconds rather than a Timer: Payara 6.2025.10 prints a Timer's quantiles in nanoseconds
     * under a name that says seconds (its mean, max and sum are right).
     */
    private static final Metadata TIMES = Metadata.builder().withName("ffit.http.request.milliseconds")
            .withDescription("Milliseconds to answer a request, by kind of request").withUnit(MetricUnits.NONE)
            .build();
    private static final Metadata ERRORS = Metadata.builder().withName("ffit.http.errors")
            .withDescription("Answers with a server error (5xx), by kind of request").build();

    @Inject
    transient MetricRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            Tag kind = new Tag("kind", kindOf(request.getRequestURI().substring(request.getContextPath().length())));
            registry.histogram(TIMES, kind).update((System.nanoTime() - start) / 1_000_000);
            if (failed || response.getStatus() >= 500) {
                registry.counter(ERRORS, kind).inc();
            }
        }
    }

    static String kindOf(String path) {
        if (path.startsWith("/api/verify") || path.startsWith("/verify")) {
            return "verify";
        }
        if (path.startsWith("/api/")) {
            return "api";
        }
        if (path.startsWith("/kiosk/") || path.equals("/kiosk")) {
            return "kiosk";
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.equals("/favicon.ico")) {
            return "static";
        }
        if (path.startsWith("/health") || path.startsWith("/metrics")) {
            return "operations";
        }
        return "page";
    }
}
