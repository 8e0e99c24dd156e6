package de.ffit.campus.kiosk.control;

import de.ffit.campus.cohort.control.Cohorts;
import de.ffit.campus.cohort.entity.Cohort;
import de.ffit.campus.cohort.entity.Enrollment;
import de.ffit.campus.cohort.entity.EnrollmentStatus;
import de.ffit.campus.course.control.CourseTexts;
import de.ffit.campus.course.control.CourseWording;
import de.ffit.campus.learner.entity.Learner;
import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.i18n.Messages;
import de.ffit.campus.platform.persistence.Scoped;
import de.ffit.campus.platform.security.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Learner cards to print (PDF): ten per A4 sheet, each with the learner's name, their random code and a QR code
 * of the kiosk link with that code. The words on a card are in its learner's preferred language (with the hint in
 * German too, for whoever helps at the kiosk), and so is the course's title on a cohort's cards; a learner whose
 * language the interface does not speak gets the coordinator's.
 */
@Stateless
public class LearnerCards {

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    Cohorts cohorts;

    @Inject
    CampusSettings settings;

    @Inject
    CourseTexts texts;

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
        return render(learners, cohort.getName(), cohort.getCourse().getId(), cohort.getCourse().getTitle(), locale);
    }

    public byte[] forLearner(Actor actor, Long learnerId, Locale locale) {
        actor.requireCoordinator();
        Learner learner = Scoped.find(em, Learner.class, learnerId, "organisation", actor.organisationId(),
                "record.learner");
        // the course of the learner's latest enrolment, if any, as on a cohort's cards
        List<Object[]> course = em.createQuery("select e.cohort.course.id, e.cohort.course.title from Enrollment e "
                        + "where e.learner = :l and e.status <> :withdrawn order by e.id desc", Object[].class)
                .setParameter("l", learner).setParameter("withdrawn", EnrollmentStatus.WITHDRAWN).setMaxResults(1)
                .getResultList();
        return course.isEmpty() ? render(List.of(learner), null, null, null, locale)
                : render(List.of(learner), null, (Long) course.get(0)[0], (String) course.get(0)[1], locale);
    }

    /** What a card's QR code holds: the kiosk's address with the code, so that a USB scanner or camera reads it. */
    public String link(String code) {
        return settings.publicUrl() + "/kiosk/?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    private byte[] render(List<Learner> learners, String cohortName, Long courseId, String courseTitle,
            Locale locale) {
        LearnerCardSheet.Labels sheet = labels(locale, false);
        Map<Language, CourseWording> wordings = new HashMap<>();
        List<LearnerCardSheet.Card> cards = learners.stream()
                .map(l -> {
                    Language language = Language.of(l.getPreferredLanguage()).filter(Language::isUi)
                            .orElse(Language.of(locale.getLanguage()).orElse(Language.DE));
                    String course = courseId == null ? null : wordings
                            .computeIfAbsent(language, x -> texts.wording(courseId, x)).courseTitle(courseTitle)
                            .text();
                    return new LearnerCardSheet.Card(l.getName(), l.getNameOriginal(), l.getCode(),
                            link(l.getCode()), l.getOrganisation().getName(), cohortName, course,
                            labels(language.locale(), language != Language.DE));
                })
                .toList();
        return LearnerCardSheet.render(cards, sheet);
    }

    private static LearnerCardSheet.Labels labels(Locale locale, boolean germanHint) {
        return new LearnerCardSheet.Labels(Messages.text(locale, "card.heading"), Messages.text(locale, "card.code"),
                Messages.text(locale, "card.hint"), germanHint ? Messages.text(Locale.GERMAN, "card.hint") : null);
    }
}
