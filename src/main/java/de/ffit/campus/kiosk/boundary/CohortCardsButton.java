package de.ffit.campus.kiosk.boundary;

import de.ffit.campus.kiosk.control.LearnerCards;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/** "Learner cards (PDF)" on a cohort's learners tab: one card for everyone enrolled, ten to a sheet. */
@Named
@RequestScoped
public class CohortCardsButton {

    @Inject
    CurrentUser currentUser;

    @Inject
    LearnerCards cards;

    public void download(long cohortId) {
        byte[] pdf = Pages.attempt(() -> cards.forCohort(currentUser.actor(), cohortId, Pages.locale()));
        if (pdf != null) {
            Faces.sendFile(pdf, "learner-cards-" + cohortId + ".pdf", true);
        }
    }
}
