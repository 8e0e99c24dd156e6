/**
 * Configuration from outside: the operator sets {@code FFIT_*} environment variables, {@link
 * de.ffit.campus.platform.config.CampusConfigSource} derives the rest (driver, mode) and {@link
 * de.ffit.campus.platform.config.CampusSettings} hands typed values to the features.
 */
package de.ffit.campus.platform.config;
