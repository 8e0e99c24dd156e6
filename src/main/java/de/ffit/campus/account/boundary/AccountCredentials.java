package de.ffit.campus.account.boundary;

import de.ffit.campus.account.control.Accounts;
import de.ffit.campus.account.control.SignInThrottle;
import de.ffit.campus.account.control.TrustedDevices;
import de.ffit.campus.account.entity.UserAccount;
import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.metrics.BusinessEvent;
import de.ffit.campus.platform.security.AccountSignIn;
import de.ffit.campus.platform.security.Actor;
import de.ffit.campus.platform.security.CampusAuthentication;
import de.ffit.campus.platform.security.SignInNote;
import de.ffit.campus.platform.security.SignedInAccount;
import de.ffit.campus.platform.web.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts' side of signing in, for the platform's authentication mechanism ({@link CampusAuthentication}):
 * a password is checked against the identity store behind the throttle against guessing, and a browser that signed
 * in is remembered as the owner's device (see {@link SignInThrottle} and {@link TrustedDevices}).
 */
@ApplicationScoped
public class AccountCredentials implements AccountSignIn {

    /** the request attribute with this browser's trusted device for the account signing in (or null) */
    private static final String DEVICE = "ffit.signIn.device";

    @Inject
    CampusSettings settings;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInThrottle throttle;

    @Inject
    Event<BusinessEvent> counted;

    /** sign-ins, failures and lockouts for the audit trail and the security log */
    @Inject
    Event<SignInNote> signIns;

    @Inject
    Accounts accounts;

    @Inject
    TrustedDevices trustedDevices;

    @Override
    public Optional<SignedInAccount> active(String username) {
        return accounts.activeByUsername(username).map(Active::new);
    }

    /** Validates the credential unless the throttle says wait; empty means refused. */
    @Override
    public Optional<CredentialValidationResult> check(UsernamePasswordCredential credential,
            HttpServletRequest request) {
        String address = ClientAddress.of(request, settings.trustedProxies());
        String username = credential.getCaller() == null ? "" : credential.getCaller().strip();
        String device = UserAccount.isPossibleUsername(username)
                ? DeviceCookie.read(request).flatMap(token -> trustedDevices.recognise(token, username)).orElse(null)
                : null;
        request.setAttribute(DEVICE, device);
        Optional<Duration> wait = throttle.begin(username, address, device);
        if (wait.isPresent()) {
            signIns.fire(new SignInNote(username, address, SignInNote.Outcome.LOCKED_OUT));
            request.setAttribute(CampusAuthentication.RETRY_AFTER, Math.max(1, wait.get().toSeconds()));
            return Optional.empty();
        }
        if (!UserAccount.isPossibleUsername(username)) {
            // no account can have this name: nothing to verify, the attempt stays counted
            throttle.failed(username, address, device);
            signIns.fire(new SignInNote(username, address, SignInNote.Outcome.SIGN_IN_FAILED));
            return Optional.empty();
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(username, credential.getPassword()));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(username, address, device);
            counted.fire(BusinessEvent.one(BusinessEvent.Kind.SIGN_IN_FAILED));
            signIns.fire(new SignInNote(username, address, SignInNote.Outcome.SIGN_IN_FAILED));
            return Optional.empty();
        }
        throttle.succeeded(username, address, device);
        signIns.fire(new SignInNote(username, address, SignInNote.Outcome.SIGNED_IN));
        return Optional.of(result);
    }

    /**
     * After a form sign-in: a browser already known for the account stays known; any other gets a new device
     * cookie, so that from now on failures elsewhere do not slow the owner here (see SignInThrottle).
     */
    @Override
    public void signedIn(HttpServletRequest request, HttpServletResponse response, String username) {
        if (request.getAttribute(DEVICE) instanceof String known) {
            trustedDevices.used(known);
            return;
        }
        trustedDevices.trust(username).ifPresent(token -> DeviceCookie.write(request, response, token,
                settings.publicUrl().startsWith("https://")));
    }

    /** an active account as the sign-in sees it; the organisation is loaded only when asked for */
    private record Active(UserAccount account) implements SignedInAccount {

        @Override
        public String username() {
            return account.getUsername();
        }

        @Override
        public Set<String> groups() {
            return account.getRole().groups();
        }

        @Override
        public Actor actor() {
            return new Actor(account.getId(), account.getUsername(), account.getOrganisation().getId(),
                    account.getRole());
        }

        @Override
        public String displayName() {
            return account.getDisplayName();
        }

        @Override
        public String organisationName() {
            return account.getOrganisation().getName();
        }
    }
}
