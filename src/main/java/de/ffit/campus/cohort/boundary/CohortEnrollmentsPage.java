package de.ffit.campus.cohort.boundary;

import de.ffit.campus.account.boundary.CurrentUser;
import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.entity.Cohort;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.learner.entity.Learner;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** Who is in a cohort: enrol learners found by name or code, withdraw with a reason. */
@Named
@ViewScoped
public class CohortEnrollmentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Cohorts cohorts;

    private String id;
    private Long cohortId;
    private transient Cohort cohort;
    private transient List<Enrollment> enrollments;
    private transient List<Learner> candidates;

    @Size(max = 120)
    private String query;

    private Long withdrawingId;

    @Size(max = 500)
    private String withdrawalReason;

    public void load() {
        try {
            cohort = cohorts.find(currentUser.actor(), Pages.id(id));
            cohortId = cohort.getId();
        } catch (CampusException notFound) {
            Pages.notFound();
        }
    }

    public void search() {
        candidates = Pages.attempt(() -> cohorts.enrollable(currentUser.actor(), cohortId, query));
    }

    public void enrol(Learner learner) {
        Enrollment enrolled = Pages.attempt(() -> cohorts.enrol(currentUser.actor(), cohortId, learner.getId()));
        if (enrolled != null) {
            Pages.info("enrollment.enrolled", learner.getName());
            enrollments = null;
            search();
        }
    }

    public void startWithdrawal(Enrollment enrollment) {
        withdrawingId = enrollment.getId();
        withdrawalReason = null;
    }

    public void withdraw() {
        if (Pages.attempt(() -> cohorts.withdraw(currentUser.actor(), withdrawingId, withdrawalReason)) != null) {
            Pages.info("enrollment.withdrawn");
            enrollments = null;
        }
    }

    public Cohort getCohort() {
        if (cohort == null && cohortId != null) {
            cohort = cohorts.find(currentUser.actor(), cohortId);
        }
        return cohort;
    }

    public List<Enrollment> getEnrollments() {
        if (enrollments == null && cohortId != null) {
            enrollments = cohorts.enrollments(currentUser.actor(), cohortId);
        }
        return enrollments;
    }

    public List<Learner> getCandidates() {
        return candidates;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }
}
