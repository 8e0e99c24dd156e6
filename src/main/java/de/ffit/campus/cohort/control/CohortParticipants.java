package de.ffit.campus.cohort.control;

/**
 * The learners who take part in a cohort ({@link Participation}) by where they stand: still enrolled, graduated,
 * left after it began. {@code withdrawnBeforeStart} left before its first lesson and do not count.
 */
public record CohortParticipants(long enrolled, long graduated, long withdrawn, long withdrawnBeforeStart) {

    public long total() {
        return enrolled + graduated + withdrawn;
    }
}
