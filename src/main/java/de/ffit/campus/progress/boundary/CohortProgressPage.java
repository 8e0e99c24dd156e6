package de.ffit.campus.progress.boundary;

import de.ffit.campus.course.entity.Competence;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import de.ffit.campus.progress.control.CohortProgress;
import de.ffit.campus.progress.control.Progress;
import de.ffit.campus.progress.entity.ProgressStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;

/**
 * The cohort dashboard: the rule in force, how many learners are eligible, on track, at risk, and for each learner
 * where they stand and what is still missing, in plain words. Coordinators mark the cohort finished here.
 */
@Named
@ViewScoped
public class CohortProgressPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Who needs attention first: at risk, then on track, eligible, graduated, withdrawn. */
    private static final List<ProgressStatus> ORDER = List.of(ProgressStatus.AT_RISK, ProgressStatus.ON_TRACK,
            ProgressStatus.ELIGIBLE, ProgressStatus.GRADUATED, ProgressStatus.WITHDRAWN);

    @Inject
    CurrentUser currentUser;

    @Inject
    Progress progress;

    private String id;
    private Long cohortId;
    private transient CohortProgress dashboard;

    public void load() {
        try {
            dashboard = progress.cohort(currentUser.actor(), Pages.id(id));
            cohortId = dashboard.cohortId();
        } catch (CampusException notFound) {
            Pages.notFound();
        }
    }

    public CohortProgress getDashboard() {
        if (dashboard == null && cohortId != null) {
            dashboard = progress.cohort(currentUser.actor(), cohortId);
        }
        return dashboard;
    }

    /** The learners, those needing attention first, by name within a status. */
    public List<CohortProgress.Row> getRows() {
        return getDashboard().rows().stream()
                .sorted(Comparator.comparing((CohortProgress.Row r) -> ORDER.indexOf(r.getStatus()))).toList();
    }

    public long count(String status) {
        return getDashboard().count(ProgressStatus.valueOf(status));
    }

    /** What is missing, said in the page's language. */
    public List<String> missing(CohortProgress.Row row) {
        return row.progress().missing().stream().map(m -> m.in(Pages.locale())).toList();
    }

    /** A day as people in the page's language write it. */
    public String date(LocalDate day) {
        return Pages.date(day, FormatStyle.MEDIUM);
    }

    /** the number the competences column counts against */
    public int getCompetenceTotal() {
        return Competence.COUNT;
    }

    public void finish() {
        Integer graduated = Pages.attempt(() -> progress.finish(currentUser.actor(), cohortId));
        if (graduated != null) {
            dashboard = null;
            Pages.info("progress.finishedDone", graduated);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
