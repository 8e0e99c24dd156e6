package de.ffit.campus.platform.security;

import de.ffit.campus.platform.error.CampusException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in user of this request, loaded once per request. A deactivated account counts as signed out.
 * Pages use it for the layout; boundaries hand its {@link Actor} to the services. The account itself comes from
 * {@link AccountSignIn}, so this knows no feature.
 */
@Named
@RequestScoped
public class CurrentUser {

    /** request attribute: the account the authentication mechanism already loaded for this request */
    static final String ACCOUNT = "ffit.account";

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountSignIn accounts;

    @Inject
    HttpServletRequest request;

    private Optional<SignedInAccount> account;

    private Optional<SignedInAccount> account() {
        if (account == null) {
            Principal principal = securityContext.getCallerPrincipal();
            Object loaded = request.getAttribute(ACCOUNT);
            if (principal == null) {
                account = Optional.empty();
            } else if (loaded instanceof SignedInAccount known && known.username().equals(principal.getName())) {
                account = Optional.of(known);
            } else {
                account = accounts.active(principal.getName());
            }
        }
        return account;
    }

    /** The acting user; a request without one is refused as if the record did not exist. */
    public Actor actor() {
        return account().orElseThrow(CampusException::forbidden).actor();
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public String getDisplayName() {
        return account().map(SignedInAccount::displayName).orElse("");
    }

    public String getUsername() {
        return account().map(SignedInAccount::username).orElse("");
    }

    public String getOrganisationName() {
        return account().map(SignedInAccount::organisationName).orElse("");
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
