/**
 * Organisations (each mapped to an Integreat region) and their locations. Admins manage organisations;
 * coordinators manage the locations of their own one.
 */
package de.ffit.campus.organisation;
