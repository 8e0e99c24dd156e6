/**
 * Accounts and signing in: the authentication mechanism (form sign-in for pages, HTTP Basic for the API), the
 * database identity store with PBKDF2-HMAC-SHA512, the sign-in throttle, and the first admin of a production
 * installation.
 */
package de.ffit.campus.account;
