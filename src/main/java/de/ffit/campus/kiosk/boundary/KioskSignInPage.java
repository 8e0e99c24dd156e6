package de.ffit.campus.kiosk.boundary;

import de.ffit.campus.kiosk.control.KioskIdentity;
import de.ffit.campus.kiosk.control.KioskSignIn;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.i18n.LocaleSelection;
import de.ffit.campus.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;

/**
 * The two sign-in screens: the card's code (scanned or typed), then the PIN. Nothing on either screen says whether
 * a code belongs to anyone: the name appears only after the right PIN.
 */
@Named
@RequestScoped
public class KioskSignInPage {

    @Inject
    KioskSignIn signIn;

    @Inject
    HttpServletRequest request;

    @Inject
    LocaleSelection locale;

    private String code;
    private String pin;
    private boolean locked;

    /** a learner already signed in goes straight to their page; a link with a code fills it in */
    public void openCodeScreen() throws IOException {
        if (KioskVisit.of(request).isPresent()) {
            redirect("me.xhtml");
            return;
        }
        String fromCard = request.getParameter("code");
        if (fromCard != null && !FacesContext.getCurrentInstance().isPostback()) {
            code = fromCard;
            next();
        }
    }

    /** the PIN screen needs a code from the first screen */
    public void openPinScreen() throws IOException {
        if (KioskVisit.of(request).isPresent()) {
            redirect("me.xhtml");
        } else if (pendingCode() == null) {
            redirect("./");
        }
    }

    public String next() throws IOException {
        try {
            String cleaned = KioskSignIn.code(code).value();
            request.getSession().setAttribute(KioskVisit.PENDING_CODE, cleaned);
            redirect("pin.xhtml");
        } catch (CampusException invalid) {
            Pages.error(null, invalid.key());
            FacesContext.getCurrentInstance().validationFailed();
        }
        return null;
    }

    public String signIn() throws IOException {
        KioskIdentity device = KioskDeviceCookie.of(request).orElseThrow(CampusException::forbidden);
        String pending = pendingCode();
        if (pending == null) {
            redirect("./");
            return null;
        }
        KioskSignIn.Outcome outcome = signIn.signIn(device, pending, pin);
        pin = null;
        switch (outcome.result()) {
            case SIGNED_IN -> {
                if (request.getSession(false) == null || !pending.equals(pendingCode())) {
                    // the visit ended while the PIN was checked (Done, the idle sign-out): start again
                    redirect("./");
                    return null;
                }
                // a fresh session id for the signed-in learner; the code waits no longer
                try {
                    request.changeSessionId();
                } catch (IllegalStateException endedMeanwhile) {
                    redirect("./");
                    return null;
                }
                HttpSession session = request.getSession();
                session.removeAttribute(KioskVisit.PENDING_CODE);
                session.setAttribute(KioskVisit.ATTRIBUTE, new KioskVisit(device.deviceId(),
                        device.organisationId(), outcome.learnerId(), System.currentTimeMillis()));
                Language.of(outcome.language()).ifPresent(locale::useForSession);
                redirect("me.xhtml");
            }
            case WRONG -> Pages.error(null, "kiosk.signIn.wrong");
            case LOCKED -> {
                locked = true;
                Pages.error(null, "kiosk.signIn.locked", minutes(outcome.lockedFor()));
            }
        }
        return null;
    }

    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    private String pendingCode() {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(KioskVisit.PENDING_CODE);
    }

    private static void redirect(String page) throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(page);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPin() {
        return pin;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }

    public boolean isLocked() {
        return locked;
    }
}
