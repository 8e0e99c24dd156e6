package de.ffit.campus.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether the database is ready: the migrations have run and the first-run data is in place. {@code GET
 * /health/ready} reports it through {@link ReadinessCheck}.
 */
@ApplicationScoped
public class Readiness {

    private final AtomicReference<String> schemaVersion = new AtomicReference<>();

    void ready(String version) {
        schemaVersion.set(version);
    }

    /** the schema version once ready, else null */
    public String schemaVersion() {
        return schemaVersion.get();
    }

    /** The MicroProfile readiness check that waits for {@link Readiness}. */
    @ApplicationScoped
    @org.eclipse.microprofile.health.Readiness // qualified: this class is called Readiness too
    public static class ReadinessCheck implements HealthCheck {

        @Inject
        Readiness readiness;

        @Override
        public HealthCheckResponse call() {
            String version = readiness.schemaVersion();
        return HealthCheckResponse.named("ffit-database")
                .status(version != null)
                .withData("schemaVersion", version == null ? "pending" : version)
                .build();
        }
    }
}
