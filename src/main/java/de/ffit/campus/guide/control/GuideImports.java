package de.ffit.campus.guide.control;

import de.ffit.campus.platform.security.Actor;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports an organisation's Integreat region into its catalogue: on demand in the background (a coordinator's
 * button, {@code POST /api/guide-catalogue/import}) or at night for every organisation. First everything is read
 * from Integreat, then written in one transaction; a failure on the way is recorded with its reason and leaves the
 * stored catalogue exactly as it was.
 */
@ApplicationScoped
public class GuideImports {

    private static final Logger LOG = Logger.getLogger(GuideImports.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    GuideCatalogues catalogues;

    @Inject
    CatalogueWriter writer;

    @Inject
    IntegreatClient client;

    @Inject
    Clock clock;

    /** Starts importing the actor's organisation's region unless an import is running already; its status. */
    public CatalogueStatus start(Actor actor) {
        actor.requireCoordinator();
        long org = actor.organisationId();
        String region = catalogues.region(org);
        if (claim(org, region, actor.username())) {
            executor.submit(() -> run(org, region));
        }
        return catalogues.status(org, region);
    }

    public CatalogueStatus status(Actor actor) {
        long org = actor.organisationId();
        return catalogues.status(org, catalogues.region(org));
    }

    /** Imports now, in the caller's thread; false when another import of the organisation is running. */
    public boolean importNow(long organisationId, String region, String by) {
        if (!claim(organisationId, region, by)) {
            return false;
        }
        run(organisationId, region);
        return true;
    }

    private boolean claim(long org, String region, String by) {
        try {
            return catalogues.claim(org, region, by, now());
        } catch (EJBException raced) {
            // the organisation's first import, started twice at once: the state row exists now, claim it properly
            return catalogues.claim(org, region, by, now());
        }
    }

    private void run(long org, String region) {
        try {
            CatalogueFetch.Fetched fetched = CatalogueFetch.fetch(client.api(), region);
            if (fetched.rows().isEmpty() && catalogues.status(org, region).pages() > 0) {
                // an outage that answers with empty lists must not empty the catalogue
                throw new IntegreatException(IntegreatException.Kind.MALFORMED,
                        "Integreat listed no pages at all for region “" + region + "”; the stored catalogue is kept");
            }
            // one moment for the import: pages it no longer finds vanished when it finished
            LocalDateTime finished = now();
            CatalogueWriter.Counts counts = writer.write(org, fetched, finished);
            catalogues.succeeded(org, counts, finished);
            LOG.info(() -> "guide catalogue of organisation " + org + " (" + region + ") imported: " + counts);
        } catch (IntegreatException e) {
            LOG.warning(() -> "guide catalogue of organisation " + org + " (" + region + ") not imported: "
                    + e.getMessage());
            catalogues.failed(org, e.kind().name(), e.status(), e.getMessage(), now());
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "guide catalogue of organisation " + org + " (" + region + ") not imported", e);
            catalogues.failed(org, "ERROR", 0, reason(e), now());
        }
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while ((t instanceof EJBException || t.getMessage() == null) && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
