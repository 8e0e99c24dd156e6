package de.ffit.campus.kiosk.boundary;

import de.ffit.campus.kiosk.control.KioskBrakes;
import de.ffit.campus.kiosk.control.KioskIdentity;
import de.ffit.campus.kiosk.control.Kiosks;
import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.security.SignInNote;
import de.ffit.campus.platform.web.ClientAddress;
import de.ffit.campus.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Turns this browser into a kiosk: a coordinator types the setup code they got when registering the kiosk.
 * Guessing is braked per client address ({@link KioskBrakes}, behind trusted proxies the address they forward), in
 * a brake of its own: one address guessing does not stop another setting up a kiosk.
 */
@Named
@RequestScoped
public class KioskSetupPage {

    @Inject
    Kiosks kiosks;

    @Inject
    KioskBrakes throttle;

    @Inject
    HttpServletRequest request;

    @Inject
    CampusSettings settings;

    /** a set-up brake that holds goes into the audit trail (once a while, see the audit feature) */
    @Inject
    Event<SignInNote> lockouts;

    private String setupCode;

    public KioskIdentity getDevice() {
        return KioskDeviceCookie.of(request).orElse(null);
    }

    /** a learner card's link opened on a phone or a browser that is no kiosk */
    public boolean isCardLink() {
        return request.getParameter("code") != null && getDevice() == null;
    }

    public String setUp() throws IOException {
        String address = ClientAddress.of(request, settings.trustedProxies());
        Optional<Duration> wait = throttle.beginSetUp(address);
        if (wait.isPresent()) {
            lockouts.fire(new SignInNote("kiosk set-up", address,
                    SignInNote.Outcome.LOCKED_OUT, null, "KioskSetUp", 0));
            Pages.error(null, "kiosk.setup.wait", KioskSignInPage.minutes(wait.get()));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        Optional<String> token = kiosks.setUp(setupCode);
        if (token.isEmpty()) {
            throttle.setUpFailed(address);
            Pages.error("setupCode", "kiosk.setup.wrong");
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        throttle.setUpSucceeded(address);
        var external = FacesContext.getCurrentInstance().getExternalContext();
        KioskDeviceCookie.store(request, (HttpServletResponse) external.getResponse(), token.get(),
                settings.publicUrl().startsWith("https://"));
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/kiosk/");
        return null;
    }

    public String getSetupCode() {
        return setupCode;
    }

    public void setSetupCode(String setupCode) {
        this.setupCode = setupCode;
    }
}
