/**
 * Roles and the acting user as the services see them. Sign-in itself (the authentication mechanism, identity
 * store, password hashing) belongs to the {@code account} feature.
 */
package de.ffit.campus.platform.security;
