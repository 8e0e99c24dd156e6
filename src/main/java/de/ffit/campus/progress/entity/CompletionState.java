package de.ffit.campus.progress.entity;

/** Where an exercise stands for a learner; no record at all means "not done". */
public enum CompletionState {
    /** the learner reported it done; a trainer has not decided yet */
    PENDING,
    /** a trainer confirmed it: it counts */
    CONFIRMED,
    /** a trainer did not accept the learner's report; the learner may report again */
    REJECTED
}
