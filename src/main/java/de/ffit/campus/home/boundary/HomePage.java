package de.ffit.campus.home.boundary;

import de.ffit.campus.attendance.control.AgendaItem;
import de.ffit.campus.attendance.control.Agenda;
import de.ffit.campus.cohort.control.CohortSummary;
import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.entity.CohortPhase;
import de.ffit.campus.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The start page: first the lessons to take attendance for (today's, the next one, and past ones still open),
 * then the cohorts running now and planned. For a trainer, only what they teach. It reads two services on
 * purpose: the agenda belongs to attendance, the cohort list to cohorts; that is why it lives in {@code home}.
 */
@Named
@RequestScoped
public class HomePage {

    @Inject
    CurrentUser currentUser;

    @Inject
    Cohorts cohorts;

    @Inject
    Agenda attendance;

    private List<CohortSummary> mine;
    private List<AgendaItem> agenda;

    public List<AgendaItem> getAgenda() {
        if (agenda == null) {
            agenda = attendance.agenda(currentUser.actor());
        }
        return agenda;
    }

    public List<CohortSummary> getCurrent() {
        if (mine == null) {
            mine = cohorts.list(currentUser.actor()).stream().filter(c -> c.phase() != CohortPhase.FINISHED)
                    .toList();
        }
        return mine;
    }
}
