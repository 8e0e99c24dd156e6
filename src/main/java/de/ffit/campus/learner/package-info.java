/**
 * Learners: the minimal personal data ffIT keeps about a participant, their learner code, and search. Enrolment
 * into cohorts is part of the {@code cohort} feature; the learner's page, which shows both, lives in {@code home}.
 */
package de.ffit.campus.learner;
