/**
 * Course plans: modules, exercises tagged with DigComp 2.2 competences, and the graduation rule. Coordinators
 * edit them; cohorts run them.
 */
package de.ffit.campus.course;
