package de.ffit.campus.learner.boundary;

import de.ffit.campus.learner.entity.Learner;
import java.time.LocalDate;

/** A learner as the API shows it to coordinators. */
public record LearnerJson(long id, String code, String name, String nameOriginal, String preferredLanguage,
        LocalDate birthDate, boolean consent, LocalDate consentOn, long version) {

    static LearnerJson of(Learner l) {
        return new LearnerJson(l.getId(), l.getCode(), l.getName(), l.getNameOriginal(), l.getPreferredLanguage(),
                l.getBirthDate(), l.isConsent(), l.getConsentOn(), l.getVersion());
    }
}
