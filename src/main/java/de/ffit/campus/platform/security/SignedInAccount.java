package de.ffit.campus.platform.security;

import java.util.Set;

/**
 * An active account as the sign-in and {@link CurrentUser} see it, answered by the feature that keeps the accounts
 * ({@link AccountSignIn}). Read lazily: a request that needs only the groups loads nothing more.
 */
public interface SignedInAccount {

    String username();

    /** the security groups of the account's role, as web.xml's constraints name them */
    Set<String> groups();

    /** the acting user for the services */
    Actor actor();

    String displayName();

    String organisationName();
}
