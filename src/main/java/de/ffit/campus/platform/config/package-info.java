/**
 * Configuration from outside: the defaults live in META-INF/microprofile-config.properties and nowhere else; the
 * operator sets {@code FFIT_*} environment variables, which MicroProfile Config maps to the {@code ffit.*} names by
 * itself; {@link de.ffit.campus.platform.config.CampusConfigSource} adds the {@code -D} spelling of the variables
 * and derives the rest (mode, database, driver); {@link de.ffit.campus.platform.config.CampusSettings} hands typed
 * values to the features.
 */
package de.ffit.campus.platform.config;
