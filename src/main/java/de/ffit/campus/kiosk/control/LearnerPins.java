package de.ffit.campus.kiosk.control;

import de.ffit.campus.audit.control.AuditTrail;
import de.ffit.campus.audit.entity.AuditAction;
import de.ffit.campus.cohort.entity.EnrollmentStatus;
import de.ffit.campus.learner.entity.Learner;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.persistence.Scoped;
import de.ffit.campus.platform.security.Actor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Kiosk PINs: a coordinator, or a trainer of one of the learner's cohorts, sets one (typed, or made up by the system)
 * and sees it once; only its keyed hash is kept ({@link PinHashing}). A new PIN also opens a card that wrong PINs locked. To a trainer,
 * a learner of no cohort of theirs does not exist (404), as a learner of another organisation to anyone.
 */
@Stateless
public class LearnerPins {

    static final Pattern FORMAT = Pattern.compile("[0-9]{4,6}");
    static final int GENERATED_LENGTH = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    PinHashing hashing;

    @Inject
    AuditTrail audit;

    @Inject
    KioskBrakes throttle;

    @Inject
    Clock clock;

    /**
     * Sets the learner's PIN: the typed one (4 to 6 digits, not an easy one such as 1234 or 0000), or a random one
     * when none is given. Returns the PIN, to be shown this once.
     */
    public String setPin(Actor actor, Long learnerId, String typed) {
        requireStaff(actor);
        String pin = typed == null || typed.isBlank() ? generate() : typed.strip();
        if (!FORMAT.matcher(pin).matches()) {
            throw CampusException.invalid("error.pin.format", "pin");
        }
        if (isEasy(pin)) {
            throw CampusException.invalid("error.pin.easy", "pin");
        }
        Learner learner = learner(actor, learnerId);
        boolean first = !learner.hasPin();
        // in SQL, not through the entity: the learner's version stays (EclipseLink's bulk updates raise it too), so
        // that a coordinator editing the learner's details meanwhile is not told someone else changed them; the row
        // lock above keeps two PIN changes in order
        em.createNativeQuery("update learner set pin_hash = ?1, pin_set_at = ?2, pin_failures = 0, "
                        + "pin_locked_until = null where id = ?3")
                .setParameter(1, hashing.hash(pin.toCharArray())).setParameter(2, now())
                .setParameter(3, learner.getId()).executeUpdate();
        throttle.forget(KioskSignIn.brakeKey(learner.getId()));
        audit.record(actor, "Learner", learner.getId(), "learner:" + learner.getId(),
                first ? AuditAction.CREATED : AuditAction.CHANGED, null, Map.of("pin", "set"));
        return pin;
    }

    /**
     * Opens a card that wrong PINs locked; the PIN stays as it is. A kiosk that wrong PINs paused opens too if this
     * card was tried on it (the trainer is there and has seen to it).
     */
    public void unlock(Actor actor, Long learnerId) {
        requireStaff(actor);
        Learner learner = learner(actor, learnerId);
        em.createNativeQuery("update learner set pin_failures = 0, pin_locked_until = null where id = ?1")
                .setParameter(1, learner.getId()).executeUpdate();
        throttle.forget(KioskSignIn.brakeKey(learner.getId()));
        audit.record(actor, "Learner", learner.getId(), "learner:" + learner.getId(), AuditAction.CHANGED,
                null, Map.of("pin", "unlocked"));
    }

    /**
     * Whether the learner has a PIN, since when, and whether wrong PINs locked their card (times in UTC); with the
     * learner's name, for the page where a trainer opens the card.
     */
    public record PinStatus(boolean set, LocalDateTime setAt, LocalDateTime lockedUntil, int failures, String name,
            String nameOriginal, String language) {
    }

    public PinStatus status(Actor actor, Long learnerId) {
        requireStaff(actor);
        Learner learner = visible(actor, learnerId);
        LocalDateTime lock = learner.isPinLocked(now()) ? learner.getPinLockedUntil() : null;
        return new PinStatus(learner.hasPin(), learner.getPinSetAt(), lock, learner.getPinFailures(),
                learner.getName(), learner.getNameOriginal(), learner.getPreferredLanguage());
    }

    private Learner learner(Actor actor, Long learnerId) {
        Learner learner = visible(actor, learnerId);
        em.lock(learner, LockModeType.PESSIMISTIC_WRITE);
        return learner;
    }

    /** The learner, if the actor may see them: coordinators all of their organisation, trainers their cohorts' own. */
    private Learner visible(Actor actor, Long learnerId) {
        Learner learner = Scoped.find(em, Learner.class, learnerId, "organisation", actor.organisationId(),
                "record.learner");
        // a trainer: only while the learner is in one of their cohorts (a withdrawn learner cannot sign in anyway)
        if (!actor.isCoordinator() && em.createQuery("select count(e) from Enrollment e join e.cohort c "
                        + "join c.trainers t where e.learner = :learner and t.id = :account "
                        + "and e.status <> :withdrawn", Long.class)
                .setParameter("learner", learner).setParameter("account", actor.accountId())
                .setParameter("withdrawn", EnrollmentStatus.WITHDRAWN).getSingleResult() == 0) {
            throw CampusException.notFound("record.learner");
        }
        return learner;
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isCoordinator() && !actor.isTrainer()) {
            throw CampusException.forbidden();
        }
    }

    static String generate() {
        String pin;
        do {
            StringBuilder digits = new StringBuilder(GENERATED_LENGTH);
            for (int i = 0; i < GENERATED_LENGTH; i++) {
                digits.append((char) ('0' + RANDOM.nextInt(10)));
            }
            pin = digits.toString();
        } while (isEasy(pin));
        return pin;
    }

    /** One digit repeated, or a run up or down (1234, 9876, 0123): the first PINs anyone tries. */
    static boolean isEasy(String pin) {
        boolean same = true;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < pin.length(); i++) {
            int step = pin.charAt(i) - pin.charAt(i - 1);
            same &= step == 0;
            up &= step == 1;
            down &= step == -1;
        }
        return same || up || down;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
