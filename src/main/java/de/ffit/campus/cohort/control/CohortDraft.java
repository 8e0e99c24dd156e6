package de.ffit.campus.cohort.control;

import de.ffit.campus.platform.validation.MaxLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A cohort as a coordinator sets it up: name, course, location, trainers, and (for a new cohort) the weekly
 * schedule its lessons are planned from. The course cannot change once the cohort exists.
 */
public class CohortDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @MaxLength(120)
    private String name;

    private Long courseId;

    @NotNull
    private Long locationId;

    @Size(max = 20)
    private List<@NotNull Long> trainerIds = new ArrayList<>();

    @Valid
    private ScheduleDraft schedule;

    private Long version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }

    public List<Long> getTrainerIds() {
        return trainerIds;
    }

    public void setTrainerIds(List<Long> trainerIds) {
        this.trainerIds = trainerIds == null ? new ArrayList<>() : new ArrayList<>(trainerIds);
    }

    public ScheduleDraft getSchedule() {
        return schedule;
    }

    public void setSchedule(ScheduleDraft schedule) {
        this.schedule = schedule;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
