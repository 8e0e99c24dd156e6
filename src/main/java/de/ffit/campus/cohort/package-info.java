/**
 * Cohorts: a course run for a group of learners at a location, its lesson schedule (planned from a weekly
 * rule, then edited lesson by lesson) and its enrolments.
 */
package de.ffit.campus.cohort;
