/**
 * Pages that combine features, so that no feature imports another for the sake of a page: the start page (the
 * attendance agenda beside the cohorts running now) and the learner's page (a learner's details beside their
 * enrolments and the erasure of their data). A page here calls each feature's own service and holds no rule of its
 * own; nothing imports {@code home}. Bean names, pages and URLs stayed what they were when the beans lived in
 * {@code cohort} and {@code learner}.
 */
package de.ffit.campus.home;
