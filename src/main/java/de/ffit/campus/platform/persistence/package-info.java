/**
 * Persistence setup shared by all features: the datasource chosen from configuration, Flyway migrations that
 * run before the application serves, and the readiness check that reports when they are done.
 */
package de.ffit.campus.platform.persistence;
