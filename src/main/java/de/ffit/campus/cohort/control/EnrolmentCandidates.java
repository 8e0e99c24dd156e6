package de.ffit.campus.cohort.control;

import de.ffit.campus.learner.entity.Learner;
import java.util.List;

/**
 * One page of the learners a coordinator may enrol in a cohort: those shown (from the {@code first}-th match on),
 * and how many match in all, so that the page can say how many more there are.
 */
public record EnrolmentCandidates(List<Candidate> candidates, int first, long total) {

    /** A learner who matched, and the other cohorts they are in that are running now (a reason to look twice). */
    public record Candidate(Learner learner, List<String> runningCohorts) {
    }

    /** how many matched after this page */
    public long more() {
        return Math.max(0, total - first - candidates.size());
    }
}
