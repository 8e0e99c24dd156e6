package de.ffit.campus.cohort.boundary;

import de.ffit.campus.account.boundary.CurrentUser;
import de.ffit.campus.cohort.control.CohortSummary;
import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.entity.CohortPhase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The start page: the cohorts running now (for a trainer, the ones they teach), then the planned ones. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    CurrentUser currentUser;

    @Inject
    Cohorts cohorts;

    private List<CohortSummary> mine;

    public List<CohortSummary> getCurrent() {
        if (mine == null) {
            mine = cohorts.list(currentUser.actor()).stream().filter(c -> c.phase() != CohortPhase.FINISHED)
                    .toList();
        }
        return mine;
    }
}
