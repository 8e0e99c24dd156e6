package de.ffit.campus.kiosk.boundary;

import de.ffit.campus.kiosk.control.KioskProgress;
import de.ffit.campus.kiosk.control.MyProgress;
import de.ffit.campus.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;

/** "My progress": the signed-in learner's own courses, and "I did this". */
@Named
@RequestScoped
public class KioskProgressPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    KioskProgress progress;

    @Inject
    HttpServletRequest request;

    private MyProgress mine;

    /**
     * Without a signed-in learner, or with one who has no open enrolment any more (withdrawn, deleted), the kiosk
     * shows its first screen.
     */
    public void open() throws IOException {
        var visit = KioskVisit.of(request);
        if (visit.isPresent()) {
            try {
                mine = progress.of(visit.get().organisationId(), visit.get().learnerId());
            } catch (de.ffit.campus.platform.error.CampusException gone) {
                mine = null;
            }
            if (mine != null && !mine.courses().isEmpty()) {
                showNotice();
                return;
            }
            request.getSession().invalidate();
        }
        FacesContext.getCurrentInstance().getExternalContext().redirect("./");
    }

    /** what "I did this" said (see KioskReport), once */
    private void showNotice() {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(KioskReport.Notice.ATTRIBUTE) instanceof KioskReport.Notice n) {
            session.removeAttribute(KioskReport.Notice.ATTRIBUTE);
            FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                    n.refused() ? jakarta.faces.application.FacesMessage.SEVERITY_ERROR
                            : jakarta.faces.application.FacesMessage.SEVERITY_INFO, n.text(), null));
        }
    }

    public MyProgress getMine() {
        if (mine == null) {
            KioskVisit visit = KioskVisit.of(request).orElseThrow(
                    de.ffit.campus.platform.error.CampusException::forbidden);
            mine = progress.of(visit.organisationId(), visit.learnerId());
        }
        return mine;
    }

    public List<String> missing(MyProgress.Course course) {
        return course.missing(Pages.locale());
    }

    public String day(LocalDate date) {
        return date == null ? "" : date.getDayOfWeek().getDisplayName(TextStyle.FULL, Pages.locale()) + ", "
                + Pages.date(date, FormatStyle.MEDIUM);
    }

    public String shortDay(LocalDate date) {
        return date == null ? "" : Pages.date(date, FormatStyle.SHORT);
    }

    public String time(LocalTime time) {
        return time == null ? "" : time.format(TIME);
    }

    /** the share of held lessons the learner came to, 0–100, for the bar */
    public int attendedPercent(MyProgress.Course course) {
        return course.held() == 0 ? 0 : Math.round(100f * course.attended() / course.held());
    }
}
