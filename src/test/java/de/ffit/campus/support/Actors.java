package de.ffit.campus.support;

import de.ffit.campus.account.control.AccountDraft;
import de.ffit.campus.account.control.Accounts;
import de.ffit.campus.organisation.control.OrganisationDraft;
import de.ffit.campus.organisation.control.Organisations;
import de.ffit.campus.platform.security.Actor;
import de.ffit.campus.platform.security.Role;

/** For tests inside the container: organisations and the people acting in them, made through the services. */
public final class Actors {

    /** The installation's admin as the services see one; admins create organisations and accounts anywhere. */
    public static final Actor INSTALLATION_ADMIN = new Actor(-1, "it", -1, Role.ADMIN);

    private Actors() {
    }

    public static long organisation(Organisations organisations, String name) {
        OrganisationDraft draft = new OrganisationDraft();
        draft.setName(name);
        draft.setIntegreatRegion("augsburg");
        return organisations.create(INSTALLATION_ADMIN, draft).getId();
    }

    /** A new account of the organisation, and the actor it signs in as. */
    public static Actor actor(Accounts accounts, long organisationId, String username, Role role) {
        AccountDraft draft = new AccountDraft();
        draft.setOrganisationId(organisationId);
        draft.setUsername(username);
        draft.setDisplayName(username);
        draft.setRole(role);
        draft.setPassword("it-password-123");
        return new Actor(accounts.create(INSTALLATION_ADMIN, draft).getId(), username, organisationId, role);
    }
}
