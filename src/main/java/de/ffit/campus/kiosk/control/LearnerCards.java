package de.ffit.campus.kiosk.control;

import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.entity.Cohort;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.cohort.entity.EnrollmentStatus;
import de.ffit.campus.learner.entity.Learner;
import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.i18n.Messages;
import de.ffit.campus.platform.persistence.Scoped;
import de.ffit.campus.platform.security.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Learner cards to print (PDF): ten per A4 sheet, each with the learner's name, their random code and a QR code
 * of the kiosk link with that code. The words on the card are in the coordinator's language.
 */
@Stateless
public class LearnerCards {

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    Cohorts cohorts;

    @Inject
    CampusSettings settings;

    /** Cards for everyone enrolled in the cohort (not the withdrawn), in the order of their names. */
    public byte[] forCohort(Actor actor, Long cohortId, Locale locale) {
        actor.requireCoordinator();
        Cohort cohort = cohorts.find(actor, cohortId);
        List<Learner> learners = em.createQuery("select e from Enrollment e join fetch e.learner l "
                        + "where e.cohort = :c and e.status <> :withdrawn order by l.name, l.id", Enrollment.class)
                .setParameter("c", cohort).setParameter("withdrawn", EnrollmentStatus.WITHDRAWN).getResultList()
                .stream().map(Enrollment::getLearner).toList();
        if (learners.isEmpty()) {
            throw CampusException.conflict("error.cards.empty");
        }
        return render(learners, cohort.getName(), locale);
    }

    public byte[] forLearner(Actor actor, Long learnerId, Locale locale) {
        actor.requireCoordinator();
        Learner learner = Scoped.find(em, Learner.class, learnerId, "organisation", actor.organisationId(),
                "record.learner");
        return render(List.of(learner), null, locale);
    }

    /** What a card's QR code holds: the kiosk's address with the code, so that a USB scanner or camera reads it. */
    public String link(String code) {
        return settings.publicUrl() + "/kiosk/?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    private byte[] render(List<Learner> learners, String cohortName, Locale locale) {
        LearnerCardSheet.Labels labels = new LearnerCardSheet.Labels(Messages.text(locale, "card.heading"),
                Messages.text(locale, "card.code"), Messages.text(locale, "card.hint"));
        List<LearnerCardSheet.Card> cards = learners.stream()
                .map(l -> new LearnerCardSheet.Card(l.getName(), l.getNameOriginal(), l.getCode(), link(l.getCode()),
                        l.getOrganisation().getName(), cohortName))
                .toList();
        return LearnerCardSheet.render(cards, labels);
    }
}
