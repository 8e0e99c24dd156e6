package de.ffit.campus.course.entity;

import de.ffit.campus.platform.error.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * When a learner of a course graduates: at least this share of the held lessons attended (with the course's
 * reading of LATE and EXCUSED), every mandatory exercise done, and at least this share of all exercises done.
 */
@Embeddable
public class GraduationRule {

    /** What a new course starts with: the rule the first Augsburg cohorts used. */
    public static final GraduationRule DEFAULT =
            new GraduationRule(75, LateCounts.AS_PRESENT, ExcusedCounts.NOT_COUNTED, 60);

    @Column(name = "min_attendance_percent", nullable = false)
    private int minAttendancePercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "late_counts", nullable = false, length = 20)
    private LateCounts lateCounts;

    @Enumerated(EnumType.STRING)
    @Column(name = "excused_counts", nullable = false, length = 20)
    private ExcusedCounts excusedCounts;

    @Column(name = "min_exercise_percent", nullable = false)
    private int minExercisePercent;

    protected GraduationRule() {
    }

    public GraduationRule(int minAttendancePercent, LateCounts lateCounts, ExcusedCounts excusedCounts,
            int minExercisePercent) {
        this.minAttendancePercent = Require.range(minAttendancePercent, 0, 100, "minAttendancePercent");
        this.lateCounts = Require.present(lateCounts, "lateCounts");
        this.excusedCounts = Require.present(excusedCounts, "excusedCounts");
        this.minExercisePercent = Require.range(minExercisePercent, 0, 100, "minExercisePercent");
    }

    public int getMinAttendancePercent() {
        return minAttendancePercent;
    }

    public LateCounts getLateCounts() {
        return lateCounts;
    }

    public ExcusedCounts getExcusedCounts() {
        return excusedCounts;
    }

    public int getMinExercisePercent() {
        return minExercisePercent;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GraduationRule r && r.minAttendancePercent == minAttendancePercent
                && r.lateCounts == lateCounts && r.excusedCounts == excusedCounts
                && r.minExercisePercent == minExercisePercent;
    }

    @Override
    public int hashCode() {
        return Objects.hash(minAttendancePercent, lateCounts, excusedCounts, minExercisePercent);
    }
}
