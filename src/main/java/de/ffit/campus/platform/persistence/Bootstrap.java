package de.ffit.campus.platform.persistence;

import de.ffit.campus.platform.config.CampusSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs while the application is being deployed, before it serves a request: migrations first, then
 * {@link ApplicationStart}, which the features answer for themselves in the order it declares (the certificate
 * templates checked, the first admin in production mode, the demo data in demo mode). A feature that refuses (a
 * broken template; a production installation without any account and without {@code FFIT_ADMIN_PASSWORD}) stops
 * the start.
 */
@Singleton
@Startup
// Flyway commits on its own connections; a container transaction around it would fight it
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Resource(lookup = CampusDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    CampusSettings settings;

    @Inject
    Event<ApplicationStart> applicationStart;

    @Inject
    Readiness readiness;

    @PostConstruct
    // on the method too: Payara gives a singleton's lifecycle callback a transaction of its own otherwise, and the
    // demo data would stay uncommitted until start-up ends, unseen by work that commits on its own (the guide import)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        Flyway flyway = Migrations.configure(dataSource);
        MigrateResult result = flyway.migrate();
        String version = flyway.info().current().getVersion().getVersion();
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now), mode: " + (settings.isDemo() ? "demo" : "production"));
        try {
            // synchronous: every observer has finished (or one has refused) when fire returns
            applicationStart.fire(new ApplicationStart(settings.isDemo()));
        } catch (ApplicationStart.Refused refused) {
            refuseToStart(refused.getMessage());
        }
        readiness.ready(version);
    }

    /**
     * Payara would otherwise keep running without the application; an operator needs a process that stops, with
     * the reason as its last words. It halts rather than exits: an orderly shutdown would wait for this very
     * deployment to finish, which never happens. Nothing has been written yet but the migrations, which H2 and
     * MariaDB keep safe.
     */
    private static void refuseToStart(String why) {
        LOG.log(Level.SEVERE, "\n\n*** ffIT Campus cannot start: {0} ***\n", why);
        System.err.println("ffIT Campus cannot start: " + why);
        System.err.flush();
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(78);
        }, "ffit-refuse-to-start");
        halt.setDaemon(false);
        halt.start();
        throw new IllegalStateException(why);
    }
}
