package de.ffit.campus.kiosk.boundary;

import de.ffit.campus.account.control.SignInThrottle;
import de.ffit.campus.kiosk.control.KioskIdentity;
import de.ffit.campus.kiosk.control.Kiosks;
import de.ffit.campus.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
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
 * Guessing is braked like password guessing (per network address).
 */
@Named
@RequestScoped
public class KioskSetupPage {

    static final String THROTTLE_NAME = "kiosk-setup";

    @Inject
    Kiosks kiosks;

    @Inject
    SignInThrottle throttle;

    @Inject
    HttpServletRequest request;

    @Inject
    de.ffit.campus.platform.config.CampusSettings settings;

    /** a set-up brake that holds goes into the audit trail (once a while, see the audit feature) */
    @Inject
    jakarta.enterprise.event.Event<de.ffit.campus.platform.security.SignInNote> lockouts;

    private String setupCode;

    public KioskIdentity getDevice() {
        return KioskDeviceCookie.of(request).orElse(null);
    }

    /** a learner card's link opened on a phone or a browser that is no kiosk */
    public boolean isCardLink() {
        return request.getParameter("code") != null && getDevice() == null;
    }

    public String setUp() throws IOException {
        String address = de.ffit.campus.platform.web.ClientAddress.of(request, settings.trustedProxies());
        Optional<Duration> wait = throttle.begin(THROTTLE_NAME, address);
        if (wait.isPresent()) {
            lockouts.fire(new de.ffit.campus.platform.security.SignInNote("kiosk set-up", address,
                    de.ffit.campus.platform.security.SignInNote.Outcome.LOCKED_OUT, null, "KioskSetUp", 0));
            Pages.error(null, "kiosk.setup.wait", KioskSignInPage.minutes(wait.get()));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        Optional<String> token = kiosks.setUp(setupCode);
        if (token.isEmpty()) {
            Pages.error("setupCode", "kiosk.setup.wrong");
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        throttle.succeeded(THROTTLE_NAME, address);
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
