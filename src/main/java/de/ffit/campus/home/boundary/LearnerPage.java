package de.ffit.campus.home.boundary;

import de.ffit.campus.cohort.control.CohortSummary;
import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.learner.control.LearnerDraft;
import de.ffit.campus.learner.control.Learners;
import de.ffit.campus.learner.entity.Learner;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import de.ffit.campus.privacy.control.LearnerErasure;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One learner: the details (a new learner without an id), their cohorts and the erasure of their data. It uses
 * three features' services on purpose: a coordinator enrols a learner where they look at the learner, enrolment
 * belongs to the cohorts and erasure to privacy; that is why it lives in {@code home}.
 */
@Named
@ViewScoped
public class LearnerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Learners learners;

    @Inject
    Cohorts cohorts;

    @Inject
    LearnerErasure erasure;

    private String id;
    private Long learnerId;
    private LearnerDraft draft = new LearnerDraft();
    private Long cohortToJoin;
    private transient List<Enrollment> enrollments;

    public void load() {
        if (id == null || id.isBlank()) {
            return;
        }
        try {
            Learner learner = learners.find(currentUser.actor(), Pages.id(id));
            learnerId = learner.getId();
            draft = LearnerDraft.of(learner.details(), learner.getCode(), learner.getVersion());
        } catch (CampusException notFound) {
            Pages.notFound();
        }
    }

    public void save() {
        Learner saved = Pages.attempt(() -> learnerId == null ? learners.create(currentUser.actor(), draft)
                : learners.update(currentUser.actor(), learnerId, draft));
        if (saved != null) {
            Pages.info("learner.saved", saved.getName(), saved.getCode());
            Pages.redirect("/learners/edit.xhtml?id=" + saved.getId());
        }
    }

    public void enrol() {
        if (Pages.attempt(() -> cohorts.enrol(currentUser.actor(), cohortToJoin, learnerId)) != null) {
            Pages.info("enrollment.enrolled", draft.getName());
            enrollments = null;
            cohortToJoin = null;
        }
    }

    public void withdraw(Enrollment enrollment) {
        if (Pages.attempt(() -> cohorts.withdraw(currentUser.actor(), enrollment.getId(), null)) != null) {
            Pages.info("enrollment.withdrawn");
            enrollments = null;
        }
    }

    /** Erases the learner's personal data (after the confirmation on the page) and goes back to the list. */
    public void erase() {
        String name = draft.getName();
        if (Pages.attempt(() -> erasure.erase(currentUser.actor(), learnerId)) != null) {
            Pages.info("privacy.erased", name);
            Pages.redirect("/learners/index.xhtml");
        }
    }

    public List<Enrollment> getEnrollments() {
        if (enrollments == null && learnerId != null) {
            enrollments = cohorts.enrollmentsOf(currentUser.actor(), learnerId);
        }
        return enrollments;
    }

    public List<CohortSummary> getOpenCohorts() {
        return cohorts.open(currentUser.actor());
    }

    public List<Language> getLanguages() {
        return Language.all();
    }

    public Long getLearnerId() {
        return learnerId;
    }

    public boolean isNew() {
        return learnerId == null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LearnerDraft getDraft() {
        return draft;
    }

    public Long getCohortToJoin() {
        return cohortToJoin;
    }

    public void setCohortToJoin(Long cohortToJoin) {
        this.cohortToJoin = cohortToJoin;
    }
}
