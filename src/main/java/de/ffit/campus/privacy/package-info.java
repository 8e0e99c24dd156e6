/**
 * Learners' rights over their data (GDPR Art. 15, 17, 20): everything stored about one learner, for the learner to
 * take away. What each feature stores is declared on its entities with
 * {@link de.ffit.campus.platform.privacy.PersonalData}.
 */
package de.ffit.campus.privacy;
