package de.ffit.campus.cohort.boundary;

import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.control.EnrolmentCandidates;
import de.ffit.campus.cohort.entity.Cohort;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.learner.entity.Learner;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.validation.MaxLength;
import de.ffit.campus.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
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
    /** the matches shown so far (a search shows a page, "show more" adds the next) */
    private transient List<EnrolmentCandidates.Candidate> candidates;
    private long matches;

    @MaxLength(120)
    private String query;

    private Long withdrawingId;

    @MaxLength(500)
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
        candidates = null;
        showMore();
    }

    /** the next page of the same search, below the ones shown */
    public void showMore() {
        int first = candidates == null ? 0 : candidates.size();
        EnrolmentCandidates page = Pages.attempt(() -> cohorts.enrollable(currentUser.actor(), cohortId, query, first));
        if (page != null) {
            List<EnrolmentCandidates.Candidate> shown = new ArrayList<>(candidates == null ? List.of() : candidates);
            shown.addAll(page.candidates());
            candidates = shown;
            matches = page.total();
        }
    }

    public void enrol(Learner learner) {
        Enrollment enrolled = Pages.attempt(() -> cohorts.enrol(currentUser.actor(), cohortId, learner.getId()));
        if (enrolled != null) {
            Pages.info("enrollment.enrolled", learner.getName());
            enrollments = null;
            // the same matches again, as many as were shown, without the one just enrolled
            int shown = candidates == null ? 0 : candidates.size();
            search();
            while (candidates != null && candidates.size() < Math.min(shown, matches) && more() > 0) {
                int before = candidates.size();
                showMore();
                if (candidates == null || candidates.size() <= before) {
                    break; // nothing more came (the matches changed meanwhile): never loop on
                }
            }
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

    public List<EnrolmentCandidates.Candidate> getCandidates() {
        return candidates;
    }

    /** how many learners matched the search in all */
    public long getMatches() {
        return matches;
    }

    /** how many matched beyond those shown */
    public long more() {
        return candidates == null ? 0 : Math.max(0, matches - candidates.size());
    }

    /** how many "show more" adds */
    public long getNextPage() {
        return Math.min(more(), Cohorts.CANDIDATES_PAGE);
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
