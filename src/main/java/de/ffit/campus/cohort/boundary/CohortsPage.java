package de.ffit.campus.cohort.boundary;

import de.ffit.campus.cohort.control.CohortSummary;
import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** All cohorts the user may see: running first, then planned, then finished. */
@Named
@RequestScoped
public class CohortsPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    Cohorts cohorts;

    private List<CohortSummary> all;

    public List<CohortSummary> getCohorts() {
        if (all == null) {
            all = cohorts.list(currentUser.actor());
        }
        return all;
    }
}
