package de.ffit.campus.platform.security;

/**
 * A sign-in attempt for the audit trail and the security log, fired by the sign-in mechanism (outside any
 * transaction; the audit feature records it in its own). A lockout is noted each time a brake refuses an attempt;
 * the recorder keeps one per user and address in a while, so that an attacker cannot flood the trail.
 *
 * @param username the user name as typed (for an unknown one, too), or a kiosk device's principal
 * @param address the client's address (see {@code ClientAddress}); null for the current request's
 * @param organisationId whose event it is; null to take the organisation of the account with that user name (none
 *        when no account has it)
 * @param subjectType what was signed in to: {@code SignIn} for accounts (the subject id is the account's),
 *        {@code Kiosk} for a kiosk device (the device's id)
 */
public record SignInNote(String username, String address, Outcome outcome, Long organisationId, String subjectType,
        long subjectId) {

    public enum Outcome {
        SIGNED_IN,
        SIGN_IN_FAILED,
        LOCKED_OUT
    }

    /** an account's sign-in, from that address */
    public SignInNote(String username, String address, Outcome outcome) {
        this(username, address, outcome, null, "SignIn", 0);
    }
}
