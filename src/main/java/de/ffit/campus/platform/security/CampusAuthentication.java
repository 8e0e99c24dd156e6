package de.ffit.campus.platform.security;

import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.web.SecurityHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * How people and scripts sign in. Pages: a form sign-in (the sign-in page calls
 * {@code SecurityContext.authenticate}), remembered in the session, with a new session id after sign-in.
 * {@code /api}: HTTP Basic on every request, with verified credentials remembered briefly in memory so that
 * PBKDF2 is not paid per call. Both go through the same throttle against password guessing.
 * <p>
 * It knows no feature: the accounts' side (passwords, the brake, trusted browsers) is {@link AccountSignIn},
 * implemented by the account feature; devices that sign in on paths of their own (the kiosk) are
 * {@link DeviceSignIn}s.
 */
@ApplicationScoped
public class CampusAuthentication implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PAGE = "/login.xhtml";
    /** set for the sign-in page when the throttle refused an attempt: seconds to wait */
    public static final String RETRY_AFTER = "ffit.signIn.retryAfter";

    @Inject
    CampusSettings settings;

    @Inject
    CredentialCache credentialCache;

    @Inject
    AccountSignIn accounts;

    @Inject
    Instance<DeviceSignIn> devices;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        // the answers sent from here (401, 429, the redirect to the sign-in page) leave before any filter runs
        SecurityHeaders.applyTo(request, response, settings.hstsMaxAge());
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        for (DeviceSignIn device : devices) {
            if (device.covers(request)) {
                return validateDeviceSignIn(device, request, context);
            }
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential typed) {
            return signIn(request, context, typed);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedIn.SESSION_KEY) instanceof SignedIn signedIn) {
            if (!context.isProtected()) {
                // public resources (styles, scripts, the sign-in page) need no database lookup
                return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
            }
            // the account as it is now: a deactivated one is signed out, a changed role applies at once
            Optional<SignedInAccount> account = accounts.active(signedIn.username());
            if (account.isPresent()) {
                request.setAttribute(CurrentUser.ACCOUNT, account.get());
                return context.notifyContainerAboutLogin(signedIn.username(), account.get().groups());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE + "?next="
                    + URLEncoder.encode(originalPath(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /**
     * A device's own pages (the kiosk's): the device's credential, nothing else. A signed-in coordinator's session
     * does not reach in, and the device's group is in no other page's constraint, so a kiosk reaches nothing but
     * its own pages.
     */
    private AuthenticationStatus validateDeviceSignIn(DeviceSignIn device, HttpServletRequest request,
            HttpMessageContext context) {
        Optional<String> principal = device.recognise(request);
        if (principal.isPresent()) {
            return context.notifyContainerAboutLogin(principal.get(), Set.of(device.group()));
        }
        if (context.isProtected()) {
            String query = request.getQueryString();
            return context.redirect(request.getContextPath() + device.setUpPage()
                    + (query == null ? "" : "?" + query));
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
            UsernamePasswordCredential typed) {
        Optional<CredentialValidationResult> result = accounts.check(typed, request);
        if (result.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // a new session id at sign-in, so that an id planted before cannot ride on the signed-in session
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        }
        CredentialValidationResult valid = result.get();
        accounts.signedIn(request, context.getResponse(), valid.getCallerPrincipal().getName());
        request.getSession(true).setAttribute(SignedIn.SESSION_KEY,
                new SignedIn(valid.getCallerPrincipal().getName(), valid.getCallerGroups()));
        return context.notifyContainerAboutLogin(valid);
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<UsernamePasswordCredential> basic = basicCredential(request);
        if (basic.isEmpty() && isDeviceApi(request)) {
            return validateDeviceRequest(request, response, context);
        }
        if (basic.isEmpty()) {
            return context.isProtected() ? challenge(response, context) : context.doNothing();
        }
        UsernamePasswordCredential credential = basic.get();
        String password = credential.getPasswordAsString();
        Optional<CredentialCache.Verified> cached = credentialCache.lookup(credential.getCaller(), password);
        if (cached.isPresent()) {
            return context.notifyContainerAboutLogin(cached.get().username(), cached.get().groups());
        }
        ApiCheck outcome = credentialCache.checkOnce(credential.getCaller(), password, () -> {
            Optional<CredentialValidationResult> result = accounts.check(credential, request);
            result.ifPresent(valid -> credentialCache.remember(valid.getCallerPrincipal().getName(), password,
                    valid.getCallerGroups()));
            return new ApiCheck(result.orElse(null), request.getAttribute(RETRY_AFTER));
        });
        if (outcome.valid() == null) {
            if (outcome.retryAfter() != null) {
                response.setHeader("Retry-After", outcome.retryAfter().toString());
                return sendProblem(response, context, 429, "Too Many Requests",
                        "Too many failed sign-ins from here. Try again in " + outcome.retryAfter() + " seconds.");
            }
            return challenge(response, context);
        }
        return context.notifyContainerAboutLogin(outcome.valid());
    }

    /**
     * The trainer's offline attendance ({@code /api/attendance-device/...}) is called by the page's own script with
     * the signed-in session, not with a password. Only with the header {@value #DEVICE_HEADER}, which a page of
     * another site cannot send without this server's consent (CORS), so a foreign page cannot use the session.
     * Without a session it answers 401 without a Basic challenge, so the browser shows no password dialog and the
     * script can tell the trainer to sign in again, keeping the marks on the device.
     */
    private AuthenticationStatus validateDeviceRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (request.getHeader(DEVICE_HEADER) != null && session != null
                && session.getAttribute(SignedIn.SESSION_KEY) instanceof SignedIn signedIn) {
            Optional<SignedInAccount> account = accounts.active(signedIn.username());
            if (account.isPresent()) {
                request.setAttribute(CurrentUser.ACCOUNT, account.get());
                return context.notifyContainerAboutLogin(signedIn.username(), account.get().groups());
            }
        }
        return sendProblem(response, context, 401, "Unauthorized", "Sign in again.");
    }

    /** the header the trainer's page sends with its offline attendance calls */
    public static final String DEVICE_HEADER = "X-Campus-Device";

    static boolean isDeviceApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/attendance-device/");
    }

    /** what checking a request's HTTP Basic credentials gave: the valid result, or the seconds to wait, or neither */
    private record ApiCheck(CredentialValidationResult valid, Object retryAfter) {
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"ffIT Campus\", charset=\"UTF-8\"");
        return sendProblem(response, context, 401, "Unauthorized",
                "Sign in with HTTP Basic: user name and password of an ffIT Campus account.");
    }

    private static AuthenticationStatus sendProblem(HttpServletResponse response, HttpMessageContext context,
            int status, String title, String detail) {
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"" + detail + "\"}");
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static String originalPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedIn.SESSION_KEY);
        }
    }
}
