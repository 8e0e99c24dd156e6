/**
 * The REST boundary's shared parts: the {@code /api} application, {@code application/problem+json} errors and
 * the caller's language for messages.
 */
package de.ffit.campus.platform.rest;
