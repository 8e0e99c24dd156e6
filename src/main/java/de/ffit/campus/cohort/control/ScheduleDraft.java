package de.ffit.campus.cohort.control;

import de.ffit.campus.cohort.entity.WeeklySchedule;
import de.ffit.campus.platform.validation.MaxLength;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** "Which weekdays, from when to when, at what time": the lessons to plan in one go. */
public class ScheduleDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private LocalDate from;

    @NotNull
    private LocalDate to;

    @NotEmpty
    private List<@NotNull DayOfWeek> days = new ArrayList<>();

    @NotNull
    private LocalTime start;

    @NotNull
    private LocalTime end;

    @MaxLength(200)
    private String topic;

    public WeeklySchedule schedule() {
        return new WeeklySchedule(from, to, days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days),
                start, end);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<DayOfWeek> getDays() {
        return days;
    }

    public void setDays(List<DayOfWeek> days) {
        this.days = days == null ? new ArrayList<>() : new ArrayList<>(days);
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }
}
