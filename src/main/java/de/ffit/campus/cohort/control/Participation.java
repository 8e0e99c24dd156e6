package de.ffit.campus.cohort.control;

/**
 * Who counts as a learner of a cohort, the one rule the cohort list, the cohort's overview and the impact report
 * share (they used to count differently: the list only who was still enrolled, so a finished cohort whose learners
 * had all graduated showed 0 while the report counted all of them).
 *
 * <p>A learner takes part in a cohort when they were enrolled on a day the cohort met or meets: a lesson that is
 * not cancelled and not after their withdrawal. Graduates and those still enrolled count, and so do learners who
 * left half-way; a learner who withdrew before the first lesson does not. Within a period (the report), the lesson
 * must lie in the period and the enrolment must have been made by its end. A cohort without any lesson yet counts
 * who is enrolled in it (no report can show it, as it has no day in any period).
 *
 * <p>Written in SQL on the aliases {@code e} (enrollment) and {@code c} (its cohort), so that the list and the
 * report run the very same condition.
 */
public final class Participation {

    private static final String LESSON_WHILE_ENROLLED = "select 1 from lesson pl where pl.cohort_id = c.id "
            + "and pl.state <> 'CANCELLED' and (e.withdrawn_on is null or pl.lesson_date <= e.withdrawn_on)";

    /** Takes part in the cohort at all; no parameters. */
    public static final String IN_COHORT = "(exists (" + LESSON_WHILE_ENROLLED + ") or (e.status <> 'WITHDRAWN' "
            + "and not exists (select 1 from lesson pn where pn.cohort_id = c.id and pn.state <> 'CANCELLED')))";

    /** Takes part within a period; parameters: the period's last day, its first day, its last day. */
    public static final String IN_PERIOD = "(e.enrolled_on <= ? and exists (" + LESSON_WHILE_ENROLLED
            + " and pl.lesson_date between ? and ?))";

    private Participation() {
    }
}
