package de.ffit.campus.account.boundary;

import de.ffit.campus.account.control.Accounts;
import de.ffit.campus.account.control.CredentialCache;
import de.ffit.campus.account.control.SignInThrottle;
import de.ffit.campus.account.control.TrustedDevices;
import de.ffit.campus.account.entity.UserAccount;
import de.ffit.campus.kiosk.boundary.KioskDeviceCookie;
import de.ffit.campus.kiosk.control.KioskIdentity;
import de.ffit.campus.platform.metrics.BusinessEvent;
import de.ffit.campus.platform.security.SignInNote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * How people and scripts sign in. Pages: a form sign-in (the sign-in page calls
 * {@code SecurityContext.authenticate}), remembered in the session, with a new session id after sign-in.
 * {@code /api}: HTTP Basic on every request, with verified credentials remembered briefly in memory so that
 * PBKDF2 is not paid per call. Both go through the same throttle against password guessing.
 */
@ApplicationScoped
public class CampusAuthentication implements HttpAuthenticationMechanism {

    static final String SIGN_IN_PAGE = "/login.xhtml";
    /** set for the sign-in page when the throttle refused an attempt: seconds to wait */
    static final String RETRY_AFTER = "ffit.signIn.retryAfter";
    /** the security group of kiosk devices (see web.xml): the kiosk pages and nothing else */
    public static final String KIOSK_GROUP = "KIOSK";
    static final String KIOSK_SETUP_PAGE = "/kiosk/setup.xhtml";

    @Inject
    de.ffit.campus.platform.config.CampusSettings settings;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInThrottle throttle;

    @Inject
    jakarta.enterprise.event.Event<BusinessEvent> counted;

    @Inject
    CredentialCache credentialCache;

    /** sign-ins, failures and lockouts for the audit trail and the security log */
    @Inject
    jakarta.enterprise.event.Event<SignInNote> signIns;

    @Inject
    Accounts accounts;

    @Inject
    KioskDeviceCookie kioskDevices;

    @Inject
    TrustedDevices trustedDevices;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        // the answers sent from here (401, 429, the redirect to the sign-in page) leave before any filter runs
        de.ffit.campus.platform.web.SecurityHeaders.applyTo(request, response, settings.hstsMaxAge());
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        if (KioskDeviceCookie.isKioskPath(request)) {
            return validateKioskRequest(request, context);
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
            Optional<UserAccount> account = accounts.activeByUsername(signedIn.username());
            if (account.isPresent()) {
                request.setAttribute(CurrentUser.ACCOUNT, account.get());
                return context.notifyContainerAboutLogin(signedIn.username(), account.get().getRole().groups());
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
     * Kiosk pages: the device's cookie, nothing else. A signed-in coordinator's session does not reach in, and
     * the kiosk's group is in no other page's constraint, so a kiosk reaches nothing but its own pages.
     */
    private AuthenticationStatus validateKioskRequest(HttpServletRequest request, HttpMessageContext context) {
        Optional<KioskIdentity> kiosk = kioskDevices.recognise(request);
        if (kiosk.isPresent()) {
            return context.notifyContainerAboutLogin(kiosk.get().principal(), Set.of(KIOSK_GROUP));
        }
        if (context.isProtected()) {
            String query = request.getQueryString();
            return context.redirect(request.getContextPath() + KIOSK_SETUP_PAGE
                    + (query == null ? "" : "?" + query));
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
            UsernamePasswordCredential typed) {
        Optional<CredentialValidationResult> result = check(typed, request, context);
        if (result.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // a new session id at sign-in, so that an id planted before cannot ride on the signed-in session
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        }
        CredentialValidationResult valid = result.get();
        trustThisDevice(request, context.getResponse(), valid.getCallerPrincipal().getName());
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
            Optional<CredentialValidationResult> result = check(credential, request, context);
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
            Optional<UserAccount> account = accounts.activeByUsername(signedIn.username());
            if (account.isPresent()) {
                request.setAttribute(CurrentUser.ACCOUNT, account.get());
                return context.notifyContainerAboutLogin(signedIn.username(), account.get().getRole().groups());
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

    /** Validates the credential unless the throttle says wait; empty means refused. */
    private Optional<CredentialValidationResult> check(UsernamePasswordCredential credential,
            HttpServletRequest request, HttpMessageContext context) {
        String address = de.ffit.campus.platform.web.ClientAddress.of(request, settings.trustedProxies());
        String username = credential.getCaller() == null ? "" : credential.getCaller().strip();
        String device = UserAccount.isPossibleUsername(username)
                ? DeviceCookie.read(request).flatMap(token -> trustedDevices.recognise(token, username)).orElse(null)
                : null;
        request.setAttribute(DEVICE, device);
        Optional<Duration> wait = throttle.begin(username, address, device);
        if (wait.isPresent()) {
            signIns.fire(new SignInNote(username, address, SignInNote.Outcome.LOCKED_OUT));
            request.setAttribute(RETRY_AFTER, Math.max(1, wait.get().toSeconds()));
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

    /** the request attribute with this browser's trusted device for the account signing in (or null) */
    private static final String DEVICE = "ffit.signIn.device";

    /**
     * After a form sign-in: a browser already known for the account stays known; any other gets a new device
     * cookie, so that from now on failures elsewhere do not slow the owner here (see SignInThrottle).
     */
    private void trustThisDevice(HttpServletRequest request, HttpServletResponse response, String username) {
        if (request.getAttribute(DEVICE) instanceof String known) {
            trustedDevices.used(known);
            return;
        }
        trustedDevices.trust(username).ifPresent(token -> DeviceCookie.write(request, response, token,
                settings.publicUrl().startsWith("https://")));
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
