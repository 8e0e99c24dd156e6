package de.ffit.campus.certificate.boundary;

import de.ffit.campus.certificate.control.BulkIssuing;
import de.ffit.campus.certificate.control.Certificates;
import de.ffit.campus.certificate.control.PrintJobs;
import de.ffit.campus.certificate.entity.Certificate;
import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.entity.Cohort;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.validation.MaxLength;
import de.ffit.campus.platform.web.Pages;
import de.ffit.campus.progress.control.CohortProgress;
import de.ffit.campus.progress.control.Progress;
import de.ffit.campus.progress.entity.ProgressStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * A cohort's certificates: who can have one, issuing (one by one, with a written reason for someone who does not
 * meet the rule, or for everyone eligible at once), downloading, revoking and reissuing with a reason, and printing
 * all valid ones as one PDF or a ZIP in the background, with progress that survives a reload of the page.
 */
@Named
@ViewScoped
public class CohortCertificatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the reason dialog is for. */
    public enum Pending {
        ISSUE,
        REVOKE,
        REISSUE
    }

    /** One learner of the cohort with their certificates: the valid one, if any, and earlier ones. */
    public record Row(long enrollmentId, String name, String nameOriginal, String language, ProgressStatus status,
            List<String> missing, Certificate valid, List<Certificate> earlier) {

        public ProgressStatus getStatus() {
            return status;
        }

        public boolean isEligible() {
            return status == ProgressStatus.ELIGIBLE || status == ProgressStatus.GRADUATED;
        }

        /** eligible first, then those still on track, then the rest (at risk, withdrawn) */
        int rank() {
            return isEligible() ? 0 : status == ProgressStatus.ON_TRACK ? 1 : status == ProgressStatus.AT_RISK ? 2 : 3;
        }
    }

    /** the order of the list: who can have a certificate first, and within that who still waits for one */
    static final Comparator<Row> ORDER = Comparator.comparingInt(Row::rank)
            .thenComparing(r -> r.valid() != null)
            .thenComparing(Row::name, Collator.getInstance(Locale.GERMAN));

    @Inject
    CurrentUser currentUser;

    @Inject
    Cohorts cohorts;

    @Inject
    Progress progress;

    @Inject
    Certificates certificates;

    @Inject
    BulkIssuing bulkIssuing;

    @Inject
    PrintJobs printJobs;

    private String id;
    private Long cohortId;
    private String cohortName;
    private transient List<Row> rows;
    private Boolean running;

    private Pending pending;
    private Long pendingEnrollment;
    private String pendingSerial;
    private String pendingName;
    private boolean pendingEligible;

    @MaxLength(500)
    private String reason;

    public void load() {
        try {
            Cohort cohort = cohorts.find(currentUser.actor(), Pages.id(id));
            cohortId = cohort.getId();
            cohortName = cohort.getName();
        } catch (CampusException notFound) {
            Pages.notFound();
        }
    }

    public List<Row> getRows() {
        if (rows == null && cohortId != null) {
            Map<Long, List<Certificate>> byEnrollment = new HashMap<>();
            for (Certificate c : certificates.ofCohort(currentUser.actor(), cohortId)) {
                byEnrollment.computeIfAbsent(c.getEnrollment().getId(), k -> new ArrayList<>()).add(c);
            }
            List<Row> list = new ArrayList<>();
            for (CohortProgress.Row r : progress.cohort(currentUser.actor(), cohortId).rows()) {
                List<Certificate> own = byEnrollment.getOrDefault(r.enrollmentId(), List.of());
                Certificate valid = own.stream().filter(Certificate::isValid).findFirst().orElse(null);
                list.add(new Row(r.enrollmentId(), r.name(), r.nameOriginal(), r.language(), r.getStatus(),
                        r.progress().missing().stream().map(m -> m.in(Pages.locale())).toList(),
                        valid, own.stream().filter(c -> c != valid).toList()));
            }
            list.sort(ORDER);
            rows = list;
        }
        return rows;
    }

    /** the cohort's last lesson is still to come: every certificate now needs a written reason */
    public boolean isRunning() {
        if (running == null && cohortId != null) {
            running = certificates.period(cohorts.find(currentUser.actor(), cohortId)).running();
        }
        return Boolean.TRUE.equals(running);
    }

    /** a row's plain "Issue": an eligible learner in a cohort whose lessons are over */
    public boolean plainIssue(Row row) {
        return row.isEligible() && !isRunning();
    }

    /** eligible learners without a valid certificate */
    public long getToIssue() {
        return getRows().stream().filter(r -> r.isEligible() && r.valid() == null).count();
    }

    public long getValidCount() {
        return getRows().stream().filter(r -> r.valid() != null).count();
    }

    public void issue(Row row) {
        if (!plainIssue(row)) {
            askIssue(row);
            return;
        }
        Certificate issued = Pages.attempt(() -> certificates.issue(currentUser.actor(), row.enrollmentId(), null));
        if (issued != null) {
            Pages.info("certificate.issued", issued.getSerial(), row.name());
        }
        rows = null;
        running = null;
    }

    /** the secondary action: issue with a written reason (not eligible, or the cohort still running) */
    public void askIssue(Row row) {
        ask(Pending.ISSUE, row.enrollmentId(), null, row.name());
        pendingEligible = row.isEligible();
    }

    public void issueAllEligible() {
        if (isRunning()) {
            // each would be refused: the page offers only the issue with a reason, learner by learner
            return;
        }
        int issued = bulkIssuing.issueAllEligible(currentUser.actor(), cohortId, Pages::attempt);
        Pages.info("certificate.issuedAll", issued);
        rows = null;
        running = null;
    }

    public void askRevoke(Certificate c) {
        ask(Pending.REVOKE, null, c.getSerial(), c.getLearnerName());
    }

    public void askReissue(Certificate c) {
        ask(Pending.REISSUE, null, c.getSerial(), c.getLearnerName());
    }

    private void ask(Pending what, Long enrollment, String serial, String name) {
        pending = what;
        pendingEnrollment = enrollment;
        pendingSerial = serial;
        pendingName = name;
        reason = null;
        PrimeFaces.current().executeScript("PF('reasonDialog').show()");
    }

    /** The reason dialog's button: issue with a reason, revoke or reissue. */
    public void confirm() {
        if (reason == null || reason.isBlank()) {
            Pages.error("reason:text", "error.required", Pages.text("field.reason"));
            PrimeFaces.current().ajax().addCallbackParam("failed", true);
            return;
        }
        Certificate done = switch (pending) {
            case ISSUE -> Pages.attempt(() -> certificates.issue(currentUser.actor(), pendingEnrollment, reason));
            case REVOKE -> Pages.attempt(() -> certificates.revoke(currentUser.actor(), pendingSerial, reason));
            case REISSUE -> Pages.attempt(() -> certificates.reissue(currentUser.actor(), pendingSerial, reason));
        };
        if (done == null) {
            PrimeFaces.current().ajax().addCallbackParam("failed", true);
            return;
        }
        switch (pending) {
            case ISSUE -> Pages.info("certificate.issued", done.getSerial(), pendingName);
            case REVOKE -> Pages.info("certificate.revoked", done.getSerial());
            case REISSUE -> Pages.info("certificate.reissued", done.getSerial(), pendingSerial);
        }
        pending = null;
        reason = null;
        rows = null;
        running = null;
    }

    public void printPdf() {
        print(PrintJobs.Kind.PDF);
    }

    public void printZip() {
        print(PrintJobs.Kind.ZIP);
    }

    private void print(PrintJobs.Kind kind) {
        Pages.attempt(() -> printJobs.start(currentUser.actor(), cohortId, kind));
    }

    public PrintJobs.Status getPdfJob() {
        return cohortId == null ? null : printJobs.latest(currentUser.actor(), cohortId, PrintJobs.Kind.PDF)
                .orElse(null);
    }

    public PrintJobs.Status getZipJob() {
        return cohortId == null ? null : printJobs.latest(currentUser.actor(), cohortId, PrintJobs.Kind.ZIP)
                .orElse(null);
    }

    public boolean isPrinting() {
        PrintJobs.Status pdf = getPdfJob();
        PrintJobs.Status zip = getZipJob();
        return pdf != null && pdf.state() == PrintJobs.State.RUNNING
                || zip != null && zip.state() == PrintJobs.State.RUNNING;
    }

    public String date(LocalDate day) {
        return Pages.date(day, FormatStyle.MEDIUM);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public String getCohortName() {
        return cohortName;
    }

    public Pending getPending() {
        return pending;
    }

    public boolean isPendingEligible() {
        return pendingEligible;
    }

    public String getPendingName() {
        return pendingName;
    }

    public String getPendingSerial() {
        return pendingSerial;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
