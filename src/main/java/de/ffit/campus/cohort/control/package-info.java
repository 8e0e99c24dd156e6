/** Cohort services: scoping by organisation and trainer, schedule planning, enrolment. */
package de.ffit.campus.cohort.control;
