package de.ffit.campus.kiosk.boundary;

import de.ffit.campus.kiosk.control.KioskIdentity;
import de.ffit.campus.kiosk.control.KioskSignIn;
import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.i18n.LocaleSelection;
import de.ffit.campus.platform.i18n.Numerals;
import de.ffit.campus.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;

/**
 * The two sign-in screens: the card's code (scanned or typed), then the PIN. Nothing on either screen says whether
 * a code belongs to anyone: the name appears only after the right PIN. A wrong code or PIN leads back to the code
 * screen with the code filled in (a code that is no one's can never be right with any PIN); before the last try
 * the PIN screen warns; a locked card shows who can help and until when, and no keypad.
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

    @Inject
    CampusSettings settings;

    @Inject
    Clock clock;

    private String code;

    /** the form field that carries the code the learner was told looks mistyped: the same code again passes */
    static final String TOLD_ABOUT = "codeToldAbout";

    private String toldAbout;
    private String pin;
    private boolean locked;
    /** locked is the whole kiosk, not the card: too many wrong PINs on this device */
    private boolean kioskPaused;
    private Duration lockedFor;
    private int triesLeft = KioskSignIn.TRIES;

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
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(KioskVisit.RETRY_CODE) instanceof String retry) {
            // once: the code of the try that was not right, to be checked against the card
            session.removeAttribute(KioskVisit.RETRY_CODE);
            code = retry;
        }
    }

    /** the PIN screen needs a code from the first screen; a locked card gets no keypad */
    public void openPinScreen() throws IOException {
        if (KioskVisit.of(request).isPresent()) {
            redirect("me.xhtml");
        } else if (pendingCode() == null) {
            redirect("./");
        } else {
            KioskIdentity device = KioskDeviceCookie.of(request).orElseThrow(CampusException::forbidden);
            KioskSignIn.Tries tries = signIn.tries(device, pendingCode());
            locked = tries.locked();
            kioskPaused = tries.kioskPaused();
            lockedFor = tries.lockedFor();
            triesLeft = tries.left();
        }
    }

    public String next() throws IOException {
        try {
            String cleaned = KioskSignIn.code(code, request.getParameter(TOLD_ABOUT)).value();
            request.getSession().setAttribute(KioskVisit.PENDING_CODE, cleaned);
            redirect("pin.xhtml");
        } catch (CampusException invalid) {
            if ("error.kiosk.codeMistyped".equals(invalid.key())) {
                toldAbout = KioskSignIn.cleaned(code);
            }
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
                        device.organisationId(), outcome.learnerId(), clock.millis()));
                Language.of(outcome.language()).ifPresent(locale::useForSession);
                redirect("me.xhtml");
            }
            case WRONG -> {
                // back to the code: a mistyped code that is someone else's or no one's cannot be fixed with the PIN
                HttpSession session = request.getSession();
                session.removeAttribute(KioskVisit.PENDING_CODE);
                session.setAttribute(KioskVisit.RETRY_CODE, pending);
                Pages.error(null, "kiosk.signIn.notRight");
                if (outcome.triesLeft() == 1) {
                    Pages.error(null, "kiosk.signIn.lastTry");
                }
                redirect("./");
            }
            case LOCKED, KIOSK_PAUSED -> {
                locked = true;
                kioskPaused = outcome.result() == KioskSignIn.Result.KIOSK_PAUSED;
                lockedFor = outcome.lockedFor();
            }
        }
        return null;
    }

    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    /** When a locked card opens again by itself: a time today, or a day and time, in the organisation's zone. */
    public String getLockedUntil() {
        if (lockedFor == null) {
            return "";
        }
        ZonedDateTime until = ZonedDateTime.now(clock.withZone(settings.zone()))
                .plusSeconds(lockedFor.toSeconds() + 59).truncatedTo(ChronoUnit.MINUTES);
        boolean today = until.toLocalDate().equals(LocalDate.now(clock.withZone(settings.zone())));
        // in the language's digits, as every other time on the kiosk (Numerals)
        return today ? Numerals.time(until.toLocalTime(), Pages.locale())
                : until.toLocalDateTime().format(Numerals.localized(DateTimeFormatter
                        .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT),
                        Pages.locale()));
    }

    /** one wrong PIN more locks the card: the PIN screen warns before the last try */
    public boolean isLastTry() {
        return !locked && triesLeft == 1;
    }

    private String pendingCode() {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(KioskVisit.PENDING_CODE);
    }

    /** to a kiosk page by its path (redirects are not made absolute from the Host header, see payara-web.xml) */
    private static void redirect(String page) throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/kiosk/" + ("./".equals(page) ? "" : page));
    }

    /** the code the learner was just told looks mistyped, to be sent back with the form */
    public String getToldAbout() {
        return toldAbout;
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

    /** whether what is locked is this kiosk (for everyone), not the card */
    public boolean isKioskPaused() {
        return kioskPaused;
    }
}
