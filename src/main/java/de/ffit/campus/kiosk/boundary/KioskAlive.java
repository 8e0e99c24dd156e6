package de.ffit.campus.kiosk.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page says "still being touched" (the filter notes the time): 204 while a learner is signed in, 410 when the
 * server has already signed them out, so that the page goes back to the first screen.
 */
@WebServlet(urlPatterns = "/kiosk/alive")
public class KioskAlive extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(KioskVisit.of(request).isPresent() ? HttpServletResponse.SC_NO_CONTENT
                : HttpServletResponse.SC_GONE);
    }
}
