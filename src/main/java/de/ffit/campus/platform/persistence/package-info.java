/**
 * Persistence setup shared by all features: the datasource chosen from configuration, Flyway migrations that
 * run before the application serves, the {@link de.ffit.campus.platform.persistence.ApplicationStart} event that
 * lets each feature do its own first-run work in a declared order, and the readiness check that reports when all
 * of that is done.
 */
package de.ffit.campus.platform.persistence;
