package de.ffit.campus.course.control;

import de.ffit.campus.course.entity.ExcusedCounts;
import de.ffit.campus.course.entity.GraduationRule;
import de.ffit.campus.course.entity.LateCounts;
import de.ffit.campus.platform.validation.MaxLength;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** A course's title, description and graduation rule as a coordinator fills them in. */
public class CourseDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @MaxLength(160)
    private String title;

    @MaxLength(2000)
    private String description;

    @NotNull
    @Min(0)
    @Max(100)
    private Integer minAttendancePercent = GraduationRule.DEFAULT.getMinAttendancePercent();

    @NotNull
    private LateCounts lateCounts = GraduationRule.DEFAULT.getLateCounts();

    @NotNull
    private ExcusedCounts excusedCounts = GraduationRule.DEFAULT.getExcusedCounts();

    @NotNull
    @Min(0)
    @Max(100)
    private Integer minExercisePercent = GraduationRule.DEFAULT.getMinExercisePercent();

    private Long version;

    public GraduationRule rule() {
        return new GraduationRule(minAttendancePercent, lateCounts, excusedCounts, minExercisePercent);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getMinAttendancePercent() {
        return minAttendancePercent;
    }

    public void setMinAttendancePercent(Integer minAttendancePercent) {
        this.minAttendancePercent = minAttendancePercent;
    }

    public LateCounts getLateCounts() {
        return lateCounts;
    }

    public void setLateCounts(LateCounts lateCounts) {
        this.lateCounts = lateCounts;
    }

    public ExcusedCounts getExcusedCounts() {
        return excusedCounts;
    }

    public void setExcusedCounts(ExcusedCounts excusedCounts) {
        this.excusedCounts = excusedCounts;
    }

    public Integer getMinExercisePercent() {
        return minExercisePercent;
    }

    public void setMinExercisePercent(Integer minExercisePercent) {
        this.minExercisePercent = minExercisePercent;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
