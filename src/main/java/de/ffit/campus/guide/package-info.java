/**
 * Integreat guides: the multilingual pages of the organisation's Integreat region, read through Integreat's public
 * API v3, kept in a catalogue, and linked to exercises so that learners find them again in their own language.
 */
package de.ffit.campus.guide;
