/**
 * The signed-in identity, which every feature uses: roles, the acting user as the services see it ({@code Actor},
 * produced per request by {@code CurrentUser}), the authentication mechanism ({@code CampusAuthentication}: form
 * sign-in and session for pages, HTTP Basic for the API, a device's own cookie on its paths) and the one rate limiter
 * ({@code Brake}). It imports no feature: the account feature answers for passwords and accounts through
 * {@code AccountSignIn}, the kiosk for its devices through {@code DeviceSignIn}.
 */
package de.ffit.campus.platform.security;
