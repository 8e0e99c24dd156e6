package de.ffit.campus.learner.entity;

import java.time.LocalDate;

/** What a coordinator writes about a learner; the learner checks the rules. */
public record LearnerDetails(String name, String nameOriginal, String preferredLanguage, LocalDate birthDate,
        boolean consent) {
}
