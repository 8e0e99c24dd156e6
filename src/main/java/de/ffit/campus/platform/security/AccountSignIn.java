package de.ffit.campus.platform.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * How {@link CampusAuthentication} reaches the people who sign in with a user name and a password, without knowing
 * where accounts are kept: the {@code account} feature implements it (one bean). The mechanism keeps the HTTP side
 * (session, HTTP Basic, the answers 401 and 429, the sign-in page's redirect); this keeps the accounts' side.
 */
public interface AccountSignIn {

    /** The active account with this user name, or empty (none, or deactivated: counts as signed out). */
    Optional<SignedInAccount> active(String username);

    /**
     * Checks a user name and password unless the brake against guessing says wait. Empty means refused; when the
     * brake refused, the seconds to wait are set on the request as {@link CampusAuthentication#RETRY_AFTER}.
     */
    Optional<CredentialValidationResult> check(UsernamePasswordCredential credential, HttpServletRequest request);

    /** A form sign-in with these credentials succeeded on this request (for example: remember this browser). */
    void signedIn(HttpServletRequest request, HttpServletResponse response, String username);
}
