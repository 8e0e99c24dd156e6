/**
 * How the features say no: {@link de.ffit.campus.platform.error.CampusException} with a message key, mapped to
 * a Faces message by the pages and to {@code application/problem+json} by the REST boundary.
 */
package de.ffit.campus.platform.error;
