package de.ffit.campus.account.boundary;

import de.ffit.campus.account.control.Accounts;
import de.ffit.campus.account.entity.UserAccount;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.security.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in user of this request, loaded once per request. A deactivated account counts as signed out.
 * Pages use it for the layout; boundaries hand its {@link Actor} to the services.
 */
@Named
@RequestScoped
public class CurrentUser {

    /** request attribute: the account the authentication mechanism already loaded for this request */
    static final String ACCOUNT = "ffit.account";

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    private Optional<UserAccount> account;

    private Optional<UserAccount> account() {
        if (account == null) {
            Principal principal = securityContext.getCallerPrincipal();
            Object loaded = request.getAttribute(ACCOUNT);
            if (principal == null) {
                account = Optional.empty();
            } else if (loaded instanceof UserAccount known && known.getUsername().equals(principal.getName())) {
                account = Optional.of(known);
            } else {
                account = accounts.activeByUsername(principal.getName());
            }
        }
        return account;
    }

    /** The acting user; a request without one is refused as if the record did not exist. */
    public Actor actor() {
        UserAccount a = account().orElseThrow(CampusException::forbidden);
        return new Actor(a.getId(), a.getUsername(), a.getOrganisation().getId(), a.getRole());
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public String getDisplayName() {
        return account().map(UserAccount::getDisplayName).orElse("");
    }

    public String getUsername() {
        return account().map(UserAccount::getUsername).orElse("");
    }

    public String getOrganisationName() {
        return account().map(a -> a.getOrganisation().getName()).orElse("");
    }

    public boolean isAdmin() {
        return isSignedIn() && actor().isAdmin();
    }

    public boolean isCoordinator() {
        return isSignedIn() && actor().isCoordinator();
    }

    public boolean isTrainer() {
        return isSignedIn() && actor().isTrainer();
    }
}
