package de.ffit.campus.cohort.boundary;

import de.ffit.campus.cohort.control.CohortChoices;
import de.ffit.campus.cohort.control.CohortDraft;
import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.control.ScheduleDraft;
import de.ffit.campus.cohort.entity.Cohort;
import de.ffit.campus.platform.security.CurrentUser;
import de.ffit.campus.platform.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** A new cohort: course, location, trainers, and the weekly schedule its lessons are planned from. */
@Named
@ViewScoped
public class NewCohortPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Cohorts cohorts;

    @Inject
    Clock clock;

    private final CohortDraft draft = new CohortDraft();
    private CohortChoices choices;

    @PostConstruct
    void init() {
        choices = cohorts.choices(currentUser.actor());
        ScheduleDraft schedule = new ScheduleDraft();
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        schedule.setFrom(monday);
        schedule.setTo(monday.plusWeeks(8).minusDays(1));
        schedule.setDays(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
        schedule.setStart(LocalTime.of(9, 30));
        schedule.setEnd(LocalTime.of(12, 0));
        draft.setSchedule(schedule);
        if (choices.courses().size() == 1) {
            draft.setCourseId(choices.courses().get(0).id());
        }
    }

    public void create() {
        Cohort created = Pages.attempt(() -> cohorts.create(currentUser.actor(), draft));
        if (created != null) {
            Pages.info("cohort.created", created.getName(), created.getLessons().size());
            Pages.redirect("/cohorts/view.xhtml?id=" + created.getId());
        }
    }

    public CohortDraft getDraft() {
        return draft;
    }

    public CohortChoices getChoices() {
        return choices;
    }

    public List<DayOfWeek> getWeekdays() {
        return List.of(DayOfWeek.values());
    }
}
