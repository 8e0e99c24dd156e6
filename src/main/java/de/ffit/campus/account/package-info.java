/**
 * Accounts and their credentials: the database identity store with PBKDF2-HMAC-SHA512, the sign-in throttle,
 * trusted browsers, the sign-in page, and the first admin of a production installation. The authentication mechanism
 * and {@code CurrentUser} live in {@code platform.security}; this feature plugs its accounts in there by implementing
 * {@code AccountSignIn} ({@code AccountCredentials}).
 */
package de.ffit.campus.account;
