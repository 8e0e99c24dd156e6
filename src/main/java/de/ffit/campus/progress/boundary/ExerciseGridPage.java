package de.ffit.campus.progress.boundary;

import de.ffit.campus.cohort.entity.EnrollmentStatus;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.i18n.Numerals;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import de.ffit.campus.progress.control.CohortProgress;
import de.ffit.campus.progress.control.Progress;
import de.ffit.campus.progress.entity.CompletionState;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The trainer's grid: learners × the exercises the cohort's rule counts, grouped by module. One tap ticks an
 * exercise off or takes the tick back (sent as the state the trainer wants, so two trainers tapping the same cell
 * agree rather than undo each other); an exercise done in class is ticked off for everyone present today; learners'
 * own reports wait in a list to be confirmed or rejected.
 */
@Named
@ViewScoped
public class ExerciseGridPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Progress progress;

    private String id;
    private Long cohortId;
    private Long inClassExercise;
    private transient CohortProgress grid;

    /** A learner's report waiting for a trainer. */
    public record Report(long enrollmentId, String learner, long exerciseId, String exercise) {
    }

    public void load() {
        try {
            grid = progress.cohort(currentUser.actor(), Pages.id(id));
            cohortId = grid.cohortId();
        } catch (CampusException notFound) {
            Pages.notFound();
        }
    }

    public CohortProgress getGrid() {
        if (grid == null && cohortId != null) {
            grid = progress.cohort(currentUser.actor(), cohortId);
        }
        return grid;
    }

    public List<Report> getReports() {
        List<Report> reports = new ArrayList<>();
        if (getGrid().isFinished()) {
            return reports;
        }
        // a withdrawn learner's reports stay as they are: there is nothing left to decide
        for (CohortProgress.Row row : getGrid().rows().stream()
                .filter(r -> r.enrollment() == EnrollmentStatus.ENROLLED).toList()) {
            getGrid().exercises().stream().filter(x -> row.state(x.id()) == CompletionState.PENDING)
                    .forEach(x -> reports.add(new Report(row.enrollmentId(), row.name(), x.id(), x.title())));
        }
        return reports;
    }

    /**
     * One tap in the grid (called by the page's script with the cell and the state it asks for). Answers with the
     * cell's new state and the learner's new count, or an error message with nothing changed.
     */
    public void tick() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Long enrollment = Pages.id(params.get("enrollment"));
        Long exercise = Pages.id(params.get("exercise"));
        boolean done = "true".equals(params.get("done"));
        var ajax = PrimeFaces.current().ajax();
        ajax.addCallbackParam("enrollment", String.valueOf(enrollment));
        ajax.addCallbackParam("exercise", String.valueOf(exercise));
        CompletionState state = Pages.attempt(() -> {
            CompletionState now = progress.tick(currentUser.actor(), enrollment, exercise, done);
            return now == null ? CompletionState.REJECTED : now; // "no tick" travels as a non-null value
        });
        if (state == null) {
            return;
        }
        grid = null;
        ajax.addCallbackParam("state", done ? CompletionState.CONFIRMED.name() : "");
        getGrid().rows().stream().filter(r -> r.enrollmentId() == enrollment).findFirst().ifPresent(r -> {
            ajax.addCallbackParam("count", Numerals.of(r.progress().done(), r.progress().total(), Pages.locale()));
            ajax.addCallbackParam("status", r.getStatus().name());
            ajax.addCallbackParam("statusText", Pages.text("progressStatus." + r.getStatus().name()));
        });
    }

    /** "Done in class today": the chosen exercise for everyone present or late in today's lesson. */
    public void markInClass() {
        if (inClassExercise == null) {
            Pages.error("inClass:exercise", "error.required", Pages.text("progress.inClassExercise"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Long lesson = getGrid().lessonToday();
        if (lesson == null) {
            Pages.error(null, "error.progress.lessonNotHeld");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Integer ticked = Pages.attempt(() -> progress.markForPresent(currentUser.actor(), cohortId, inClassExercise,
                lesson));
        if (ticked != null) {
            grid = null;
            Pages.info("progress.inClassDone", ticked);
            inClassExercise = null;
        }
    }

    public void confirm(long enrollmentId, long exerciseId) {
        if (Pages.attempt(() -> progress.confirm(currentUser.actor(), enrollmentId, exerciseId)) != null) {
            grid = null;
            Pages.info("progress.confirmed");
        }
    }

    public void reject(long enrollmentId, long exerciseId) {
        if (Pages.attempt(() -> progress.reject(currentUser.actor(), enrollmentId, exerciseId)) != null) {
            grid = null;
            Pages.info("progress.rejected");
        }
    }

    /** The exercises to choose from, grouped by module. */
    public List<SelectItem> getInClassChoices() {
        List<SelectItem> groups = new ArrayList<>();
        for (CohortProgress.Module module : getGrid().modules()) {
            SelectItemGroup group = new SelectItemGroup(module.title());
            group.setSelectItems(module.exercises().stream().map(x -> new SelectItem(x.id(), x.title()))
                    .toArray(SelectItem[]::new));
            groups.add(group);
        }
        return groups;
    }

    public Long getInClassExercise() {
        return inClassExercise;
    }

    public void setInClassExercise(Long inClassExercise) {
        this.inClassExercise = inClassExercise;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
