package de.ffit.campus.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricsAccessTest {

    @Test
    void withoutATokenOnlyThisMachineAskingDirectlyReadsTheMetrics() {
        assertTrue(MetricsAccess.allowed(Optional.empty(), null, "127.0.0.1", false));
        assertTrue(MetricsAccess.allowed(Optional.empty(), null, "0:0:0:0:0:0:0:1", false));
        assertFalse(MetricsAccess.allowed(Optional.empty(), null, "127.0.0.1", true), "through a proxy");
        assertFalse(MetricsAccess.allowed(Optional.empty(), null, "192.168.1.20", false));
        assertFalse(MetricsAccess.allowed(Optional.empty(), null, "localhost.example.org", false), "no name lookup");
        assertFalse(MetricsAccess.allowed(Optional.empty(), "Bearer ", "10.0.0.5", false));
    }

    @Test
    void aConfiguredProxyOrAnyProxyHeaderMeansLoopbackProvesNothing() {
        java.util.Map<String, String> none = java.util.Map.of();
        assertFalse(MetricsAccess.proxied(java.util.List.of(), none::get), "no proxy, no header");
        assertTrue(MetricsAccess.proxied(java.util.List.of("127.0.0.1"), none::get),
                "a proxy on this machine that adds no header");
        for (String header : java.util.List.of("X-Real-IP", "X-Forwarded-For", "Forwarded", "x-real-ip")) {
            java.util.Map<String, String> one = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            one.put(header, "203.0.113.7");
            assertTrue(MetricsAccess.proxied(java.util.List.of(), one::get), header);
        }
    }

    @Test
    void withATokenOnlyTheTokenCountsWhereverTheRequestComesFrom() {
        Optional<String> token = Optional.of("s3cret-scrape");
        assertTrue(MetricsAccess.allowed(token, "Bearer s3cret-scrape", "10.0.0.5", true));
        assertFalse(MetricsAccess.allowed(token, "Bearer s3cret-scrapE", "10.0.0.5", false));
        assertFalse(MetricsAccess.allowed(token, null, "127.0.0.1", false), "loopback needs it too");
        assertFalse(MetricsAccess.allowed(token, "Basic czNjcmV0LXNjcmFwZQ==", "10.0.0.5", false));
    }

    @Test
    void requestsAreTimedByKindNeverById() {
        assertEquals("api", RequestMetrics.kindOf("/api/lessons/17/attendance"));
        assertEquals("verify", RequestMetrics.kindOf("/api/verify/AbC"));
        assertEquals("verify", RequestMetrics.kindOf("/verify/AbC"));
        assertEquals("kiosk", RequestMetrics.kindOf("/kiosk/me.xhtml"));
        assertEquals("static", RequestMetrics.kindOf("/jakarta.faces.resource/theme.css"));
        assertEquals("operations", RequestMetrics.kindOf("/health/ready"));
        assertEquals("page", RequestMetrics.kindOf("/cohorts/attendance.xhtml"));
    }
}
