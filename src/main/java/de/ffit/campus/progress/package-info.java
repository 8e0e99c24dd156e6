/**
 * Exercise completions and each learner's progress, always computed from the records: attendance share,
 * exercises per module, DigComp competences covered, status, and what is still missing, judged by the cohort's
 * rule in force (frozen when the cohort started).
 */
package de.ffit.campus.progress;
