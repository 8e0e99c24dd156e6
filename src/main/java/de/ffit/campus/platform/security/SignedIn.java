package de.ffit.campus.platform.security;

import java.io.Serializable;
import java.util.Set;

/** Kept in the web session after a form sign-in; serializable so a session can move between instances. */
record SignedIn(String username, Set<String> groups) implements Serializable {
    static final String SESSION_KEY = "ffit.signedIn";
}
