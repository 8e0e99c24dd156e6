package de.ffit.campus.cohort.boundary;

import de.ffit.campus.account.entity.UserAccount;
import de.ffit.campus.cohort.control.CohortChoices;
import de.ffit.campus.cohort.control.CohortDraft;
import de.ffit.campus.cohort.control.CohortParticipants;
import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.entity.Cohort;
import de.ffit.campus.cohort.entity.CohortPhase;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/** A cohort's overview; coordinators edit its name, location and trainers here. */
@Named
@ViewScoped
public class CohortPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Cohorts cohorts;

    @Inject
    Clock clock;

    private String id;
    private Long cohortId;
    /** reloaded per request; only ids and drafts live in the view state */
    private transient Cohort cohort;
    private CohortDraft draft;
    private CohortChoices choices;
    private transient CohortParticipants participants;

    public void load() {
        try {
            cohort = cohorts.find(currentUser.actor(), Pages.id(id));
        } catch (CampusException notFound) {
            Pages.notFound();
            return;
        }
        cohortId = cohort.getId();
        draft = new CohortDraft();
        draft.setName(cohort.getName());
        draft.setLocationId(cohort.getLocation().getId());
        draft.setTrainerIds(cohort.getTrainers().stream().map(UserAccount::getId).toList());
        draft.setVersion(cohort.getVersion());
        if (currentUser.isCoordinator()) {
            choices = cohorts.choices(currentUser.actor());
        }
    }

    public void save() {
        Cohort saved = Pages.attempt(() -> cohorts.update(currentUser.actor(), cohortId, draft));
        if (saved != null) {
            Pages.info("saved");
            Pages.redirect("/cohorts/view.xhtml?id=" + saved.getId());
        }
    }

    public CohortPhase getPhase() {
        return getCohort().phase(LocalDate.now(clock));
    }

    /** who takes part, counted as the cohort list and the impact report count ({@code Participation}) */
    public CohortParticipants getParticipants() {
        if (participants == null && cohortId != null) {
            participants = cohorts.participants(currentUser.actor(), cohortId);
        }
        return participants;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Cohort getCohort() {
        if (cohort == null && cohortId != null) {
            cohort = cohorts.find(currentUser.actor(), cohortId);
        }
        return cohort;
    }

    public CohortDraft getDraft() {
        return draft;
    }

    public CohortChoices getChoices() {
        return choices;
    }
}
