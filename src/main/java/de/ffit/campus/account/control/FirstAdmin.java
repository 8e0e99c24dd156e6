package de.ffit.campus.account.control;

import de.ffit.campus.account.entity.UserAccount;
import de.ffit.campus.organisation.entity.Organisation;
import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.security.Role;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Production mode never ships a default password: a fresh installation gets its first account, {@code admin},
 * only from {@code FFIT_ADMIN_PASSWORD}. Without it the installation cannot be used, so it refuses to start.
 */
@Stateless
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());
    public static final String USERNAME = "admin";

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    CampusSettings settings;

    @Inject
    PasswordHashing hashing;

    @Inject
    Clock clock;

    /** Thrown (and the start refused) when the first admin would be needed but no password was given. */
    @ApplicationException(rollback = true)
    public static class NoAdminPassword extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoAdminPassword(String message) {
            super(message);
        }
    }

    public void ensureAnAccountExists() {
        long accounts = em.createQuery("select count(a) from UserAccount a", Long.class).getSingleResult();
        if (accounts > 0) {
            return;
        }
        String password = settings.adminPassword().orElseThrow(() -> new NoAdminPassword(
                "the database has no account yet. Set FFIT_ADMIN_PASSWORD (at least "
                        + Accounts.MIN_PASSWORD_LENGTH + " characters) to create the first account, 'admin'."));
        if (password.length() < Accounts.MIN_PASSWORD_LENGTH) {
            throw new NoAdminPassword("FFIT_ADMIN_PASSWORD is too short: use at least "
                    + Accounts.MIN_PASSWORD_LENGTH + " characters.");
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Organisation organisation = em.createQuery("select o from Organisation o order by o.id", Organisation.class)
                .setMaxResults(1).getResultStream().findFirst().orElseGet(() -> {
                    Organisation created = new Organisation(settings.firstOrganisationName(),
                            settings.firstOrganisationRegion(), now);
                    em.persist(created);
                    return created;
                });
        em.persist(new UserAccount(organisation, USERNAME, "Administrator", Role.ADMIN,
                hashing.generate(password.toCharArray()), now));
        LOG.info("Created the first account 'admin' from FFIT_ADMIN_PASSWORD.");
    }
}
