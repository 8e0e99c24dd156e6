package de.ffit.campus.certificate.control;

import de.ffit.campus.certificate.entity.Certificate;
import de.ffit.campus.platform.security.Actor;
import de.ffit.campus.progress.control.CohortProgress;
import de.ffit.campus.progress.control.Progress;
import de.ffit.campus.progress.entity.ProgressStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A certificate for everyone of a cohort who is eligible and has no valid one yet. Each is issued as if one by one
 * (its own transaction, its own audit event), so a learner refused stops no other: no transaction around the whole.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkIssuing {

    @Inject
    Certificates certificates;

    @Inject
    Progress progress;

    /**
     * Issues in the order the cohort's certificate page lists them (by name) and answers how many were issued.
     * {@code attempt} runs each learner's issue and answers null for a refusal: the page passes its own, which
     * turns a refusal into a message in the user's language.
     */
    public int issueAllEligible(Actor actor, Long cohortId, Function<Supplier<Certificate>, Certificate> attempt) {
        Set<Long> withValid = certificates.ofCohort(actor, cohortId).stream().filter(Certificate::isValid)
                .map(c -> c.getEnrollment().getId()).collect(Collectors.toSet());
        List<CohortProgress.Row> waiting = progress.cohort(actor, cohortId).rows().stream()
                .filter(r -> eligible(r.getStatus()) && !withValid.contains(r.enrollmentId()))
                .sorted(Comparator.comparing(CohortProgress.Row::name, Collator.getInstance(Locale.GERMAN)))
                .toList();
        int issued = 0;
        for (CohortProgress.Row row : waiting) {
            if (attempt.apply(() -> certificates.issue(actor, row.enrollmentId(), null)) != null) {
                issued++;
            }
        }
        return issued;
    }

    static boolean eligible(ProgressStatus status) {
        return status == ProgressStatus.ELIGIBLE || status == ProgressStatus.GRADUATED;
    }
}
