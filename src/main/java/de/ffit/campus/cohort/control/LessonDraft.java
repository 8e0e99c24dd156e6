package de.ffit.campus.cohort.control;

import de.ffit.campus.cohort.entity.LessonState;
import de.ffit.campus.platform.validation.MaxLength;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** One lesson as a coordinator edits it. */
public class LessonDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private LocalDate date;

    @NotNull
    private LocalTime start;

    @NotNull
    private LocalTime end;

    @MaxLength(200)
    private String topic;

    private LessonState state;

    private Long version;

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
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

    public LessonState getState() {
        return state;
    }

    public void setState(LessonState state) {
        this.state = state;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
