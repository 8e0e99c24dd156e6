package de.ffit.campus.kiosk.boundary;

import de.ffit.campus.kiosk.control.KioskIdentity;
import de.ffit.campus.platform.config.CampusSettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/**
 * Every kiosk answer: never stored by the browser (the back button after sign-out asks the server again, and the
 * server shows nothing of the last learner), and the learner signed out once the screen has not been touched for
 * the idle time. The page counts down in the browser; this is the server's own check, with a few seconds of grace
 * for the page's last keep-alive to arrive. The time is the application's {@link Clock}, the one every other rule
 * reads, so a test can move it forward rather than wait.
 */
@WebFilter(urlPatterns = "/kiosk/*")
public class KioskFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final long GRACE_MILLIS = 5_000;

    @Inject
    CampusSettings settings;

    @Inject
    Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store, no-cache, must-revalidate, max-age=0");
        response.setHeader("Pragma", "no-cache");
        response.setDateHeader("Expires", 0);
        Optional<KioskVisit> visit = KioskVisit.of(request);
        if (visit.isPresent()) {
            long now = clock.millis();
            Optional<KioskIdentity> device = KioskDeviceCookie.of(request);
            boolean otherDevice = device.isEmpty() || device.get().deviceId() != visit.get().deviceId();
            if (otherDevice || visit.get().idleLongerThan(idleMillis(), now)) {
                request.getSession().invalidate();
                response.sendRedirect(request.getContextPath() + "/kiosk/");
                return;
            }
            visit.get().seen(now);
        }
        chain.doFilter(request, response);
    }

    long idleMillis() {
        return settings.kioskIdleSeconds() * 1000L + GRACE_MILLIS;
    }
}
