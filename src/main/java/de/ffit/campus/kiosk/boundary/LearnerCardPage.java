package de.ffit.campus.kiosk.boundary;

import de.ffit.campus.kiosk.control.LearnerPins;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A learner's kiosk card for the trainers of their cohorts (and coordinators): is it locked, open it, give a new
 * PIN. Reached from the cohort's list of learners; a learner of no cohort of the trainer's answers 404. The actions
 * are the learner page's own ({@link LearnerKioskPanel}).
 */
@Named
@ViewScoped
public class LearnerCardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    LearnerPins pins;

    private String learner;
    private String cohort;
    private Long learnerId;
    private Long cohortId;

    public void load() {
        learnerId = Pages.id(learner);
        cohortId = Pages.id(cohort);
        try {
            if (learnerId == null) {
                throw CampusException.notFound("record.learner");
            }
            pins.status(currentUser.actor(), learnerId);
        } catch (CampusException notFound) {
            Pages.notFound();
        }
    }

    public Long getLearnerId() {
        return learnerId;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public String getLearner() {
        return learner;
    }

    public void setLearner(String learner) {
        this.learner = learner;
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }
}
