/**
 * Impact figures for funders and municipalities: participants, graduates, certificates, completion, attendance and
 * withdrawals for a period, by location, course, language and over time; as a page, a one-page PDF, CSV and JSON.
 * Figures only: no names.
 */
package de.ffit.campus.report;
