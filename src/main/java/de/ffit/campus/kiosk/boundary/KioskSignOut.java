package de.ffit.campus.kiosk.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends a learner's visit ("Done", or the idle countdown reaching zero): the whole session goes, with the
 * language they chose and anything a page kept, and the kiosk shows its first screen again.
 */
@WebServlet(urlPatterns = "/kiosk/sign-out")
public class KioskSignOut extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/kiosk/");
    }
}
