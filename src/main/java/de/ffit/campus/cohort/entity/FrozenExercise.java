package de.ffit.campus.cohort.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An exercise as the cohort's frozen rule counts it: which one, and whether it was mandatory on that day. */
@Embeddable
public class FrozenExercise {

    @Column(name = "exercise_id", nullable = false)
    private Long exerciseId;

    @Column(name = "mandatory", nullable = false)
    private boolean mandatory;

    protected FrozenExercise() {
    }

    public FrozenExercise(Long exerciseId, boolean mandatory) {
        this.exerciseId = exerciseId;
        this.mandatory = mandatory;
    }

    public Long getExerciseId() {
        return exerciseId;
    }

    public boolean isMandatory() {
        return mandatory;
    }
}
