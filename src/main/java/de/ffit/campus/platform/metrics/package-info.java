/**
 * Metrics for operators on {@code GET /metrics} (Payara's MicroProfile Metrics endpoint, Prometheus/OpenMetrics
 * text): request times by kind of request, and business counters (attendance saves, certificates issued, kiosk
 * sign-ins, failed sign-ins). Reachable from this machine, or with {@code FFIT_METRICS_TOKEN} as a bearer token.
 */
package de.ffit.campus.platform.metrics;
