package de.ffit.campus.kiosk.boundary;

import de.ffit.campus.kiosk.control.KioskProgress;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.i18n.LocaleSelection;
import de.ffit.campus.platform.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;

/**
 * "I did this" on the kiosk: a plain form post (the "My progress" page has no Faces form, so reading it, which
 * happens far more often, keeps no state), then back to the page with a notice. Only the signed-in learner's own
 * enrolments are accepted; anything else is "not found". A cross-site post finds no kiosk: the kiosk's cookie is
 * SameSite=Strict.
 */
@WebServlet(urlPatterns = "/kiosk/report")
public class KioskReport extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    /** what the page says once after a report: the sentence in the learner's language, and whether it is a refusal */
    record Notice(String text, boolean refused) implements Serializable {
        static final String ATTRIBUTE = "ffit.kiosk.notice";
    }

    @Inject
    KioskProgress progress;

    @Inject
    LocaleSelection locale;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<KioskVisit> visit = KioskVisit.of(request);
        String home = request.getContextPath() + "/kiosk/";
        if (visit.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", home);
            return;
        }
        Long enrollment = number(request.getParameter("enrollment"));
        Long exercise = number(request.getParameter("exercise"));
        Notice notice;
        try {
            if (enrollment == null || exercise == null) {
                throw CampusException.notFound("record.exercise");
            }
            progress.report(visit.get().organisationId(), visit.get().learnerId(), enrollment, exercise);
            notice = new Notice(Messages.text(locale.getLocale(), "kiosk.reported"), false);
        } catch (CampusException refused) {
            notice = new Notice(Messages.text(locale.getLocale(), refused), true);
        }
        request.getSession().setAttribute(Notice.ATTRIBUTE, notice);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", home + "me.xhtml" + (exercise == null ? "" : "#exercise-" + exercise));
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
