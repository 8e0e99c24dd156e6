/**
 * The audit trail every feature writes to: who changed which record when, with the values before and after.
 * Services record events inside their own transaction, so a change and its history are saved together or not
 * at all.
 */
package de.ffit.campus.audit;
