package de.ffit.campus.progress.entity;

/** Where a learner stands in their cohort, as the dashboard and the kiosk say it. */
public enum ProgressStatus {
    ON_TRACK,
    AT_RISK,
    /** meets the rule in force today: attendance, every mandatory exercise, enough exercises */
    ELIGIBLE,
    GRADUATED,
    WITHDRAWN
}
