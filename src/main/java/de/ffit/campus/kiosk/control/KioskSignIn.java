package de.ffit.campus.kiosk.control;

import de.ffit.campus.cohort.entity.EnrollmentStatus;
import de.ffit.campus.learner.entity.Learner;
import de.ffit.campus.learner.entity.LearnerCode;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.security.SignInNote;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A learner signs in at a kiosk with their card's code and their PIN. The answer never tells whether a code
 * exists: an unknown code, a card of another organisation, a learner without a PIN or without an open enrolment
 * all get "code or PIN not right", after the same hash check, and lock after the same number of tries.
 * Wrong PINs on a real card are counted in the database (so a restart or another server does not forget them),
 * each fifth one locking the card, for longer each time; every code's tries are also braked in memory, and so are
 * a kiosk's: too many wrong PINs on one device pause that kiosk, and it says so ({@link KioskBrakes}).
 */
@Stateless
public class KioskSignIn {

    /** wrong PINs in a row that lock a card */
    public static final int TRIES = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(15);
    static final Duration LONGEST_LOCK = Duration.ofHours(24);

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    PinHashing hashing;

    @Inject
    KioskBrakes throttle;

    @Inject
    Clock clock;

    /** a brake that holds goes into the audit trail (once a while, see the audit feature's SignInRecorder) */
    @Inject
    jakarta.enterprise.event.Event<SignInNote> lockouts;

    @Inject
    jakarta.enterprise.event.Event<de.ffit.campus.platform.metrics.BusinessEvent> counted;

    public enum Result {
        SIGNED_IN,
        WRONG,
        LOCKED,
        /** the whole kiosk waits: too many wrong PINs on this device, whatever the cards */
        KIOSK_PAUSED
    }

    /**
     * What a sign-in gave: the learner (when signed in) and their language, or how long the card stays locked, or
     * (when wrong) how many tries are left before it locks.
     */
    public record Outcome(Result result, Long learnerId, String language, Duration lockedFor, int triesLeft) {

        static Outcome wrong(int triesLeft) {
            return new Outcome(Result.WRONG, null, null, null, triesLeft);
        }

        static Outcome locked(Duration wait) {
            return new Outcome(Result.LOCKED, null, null, wait, 0);
        }

        static Outcome locked(KioskBrakes.Wait wait) {
            return new Outcome(wait.kiosk() ? Result.KIOSK_PAUSED : Result.LOCKED, null, null, wait.duration(), 0);
        }

        static Outcome of(Tries tries) {
            if (!tries.locked()) {
                return wrong(tries.left());
            }
            return new Outcome(tries.kioskPaused() ? Result.KIOSK_PAUSED : Result.LOCKED, null, null,
                    tries.lockedFor(), 0);
        }
    }

    /**
     * Before the PIN: how long the card (or the whole kiosk, when {@code kioskPaused}) is still locked (null when it
     * is not), and how many tries are left.
     */
    public record Tries(Duration lockedFor, int left, boolean kioskPaused) {

        public boolean locked() {
            return lockedFor != null;
        }
    }

    /** The typed or scanned code, cleaned: a scanned card gives its link, which ends in the code. */
    public static LearnerCode code(String typedOrScanned) {
        return code(typedOrScanned, null);
    }

    /**
     * The code as typed, refused when it looks mistyped (a 9-character code whose check character does not fit),
     * unless the learner sends exactly the same code again after being told: a card printed before check characters
     * existed may carry a 9-character code a coordinator typed, and it must keep working. A code that belongs to no one
     * then simply fails like any other wrong code, after the PIN.
     *
     * @param toldAbout the cleaned code the learner was told looks mistyped, or null
     */
    public static LearnerCode code(String typedOrScanned, String toldAbout) {
        String value = typed(typedOrScanned);
        LearnerCode code;
        try {
            code = LearnerCode.of(value);
        } catch (CampusException e) {
            throw CampusException.invalid("error.kiosk.codeFormat", "code");
        }
        if (!code.isWellTyped() && !code.value().equals(toldAbout)) {
            // the kiosk's script says so before the form is sent; this is for a browser without it
            throw CampusException.invalid("error.kiosk.codeMistyped", "code");
        }
        return code;
    }

    /** the code as typed or scanned (a card's QR code carries an address ending in {@code code=...}), cleaned */
    public static String cleaned(String typedOrScanned) {
        return LearnerCode.clean(typed(typedOrScanned));
    }

    private static String typed(String typedOrScanned) {
        String value = typedOrScanned == null ? "" : typedOrScanned.strip();
        int parameter = value.lastIndexOf("code=");
        if (parameter >= 0) {
            value = value.substring(parameter + 5).replaceAll("[&#].*$", "");
        }
        return value;
    }

    /**
     * The state of a code's tries, for the PIN screen: the same for a card and for a code that belongs to no one
     * (both lock after {@value #TRIES} wrong tries), so that the screen tells nothing about whether a code exists.
     */
    public Tries tries(KioskIdentity kiosk, String typedCode) {
        // the code screen has told about a code that looks mistyped; here it is only looked up
        LearnerCode code = code(typedCode, cleaned(typedCode));
        Learner learner = find(kiosk, code);
        String card = brake(kiosk, code, learner);
        Optional<KioskBrakes.Wait> wait = throttle.waitBeforeNextAttempt(card, kiosk.principal());
        if (wait.isPresent()) {
            return new Tries(wait.get().duration(), 0, wait.get().kiosk());
        }
        LocalDateTime now = now();
        if (learner != null && learner.isPinLocked(now)) {
            return new Tries(Duration.between(now, learner.getPinLockedUntil()), 0, false);
        }
        int left = throttle.triesLeft(card);
        if (learner != null && learner.hasPin()) {
            left = Math.min(left, TRIES - learner.getPinFailures() % TRIES);
        }
        return new Tries(null, left, false);
    }

    private Learner find(KioskIdentity kiosk, LearnerCode code) {
        List<Learner> found = em.createQuery("select l from Learner l where l.organisation.id = :org "
                        + "and l.code = :code", Learner.class)
                .setParameter("org", kiosk.organisationId()).setParameter("code", code.value()).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** the memory brake's name for a code: the learner's card, or the code itself when it is no one's */
    private static String brake(KioskIdentity kiosk, LearnerCode code, Learner learner) {
        return learner == null ? "code:" + kiosk.organisationId() + ":" + code.value() : brakeKey(learner.getId());
    }

    /** After a wrong try: locked now (by this try), or how many are left. */
    private Outcome wrongOrLocked(KioskIdentity kiosk, LearnerCode code) {
        em.flush();
        em.clear();
        return Outcome.of(tries(kiosk, code.value()));
    }

    public Outcome signIn(KioskIdentity kiosk, String typedCode, String pin) {
        LearnerCode code = code(typedCode, cleaned(typedCode));
        Learner learner = find(kiosk, code);
        // the brake in memory: per card (a new PIN or an unlock lifts it) and per kiosk device
        String card = brake(kiosk, code, learner);
        String device = kiosk.principal();
        Optional<KioskBrakes.Wait> wait = throttle.begin(card, device);
        if (wait.isPresent()) {
            lockouts.fire(new SignInNote(device, null, SignInNote.Outcome.LOCKED_OUT, kiosk.organisationId(), "Kiosk",
                    kiosk.deviceId()));
            return Outcome.locked(wait.get());
        }
        LocalDateTime now = now();
        if (learner != null && learner.isPinLocked(now)) {
            return Outcome.locked(Duration.between(now, learner.getPinLockedUntil()));
        }
        char[] typed = pin == null ? new char[0] : pin.strip().toCharArray();
        if (learner == null || !learner.hasPin() || !LearnerPins.FORMAT.matcher(new String(typed)).matches()) {
            hashing.verifyDecoy(typed);
            throttle.failed(card, device);
            counted.fire(de.ffit.campus.platform.metrics.BusinessEvent.one(
                    de.ffit.campus.platform.metrics.BusinessEvent.Kind.SIGN_IN_FAILED));
            return wrongOrLocked(kiosk, code);
        }
        if (!hashing.verify(typed, learner.getPinHash())) {
            failed(learner, now);
            throttle.failed(card, device);
            counted.fire(de.ffit.campus.platform.metrics.BusinessEvent.one(
                    de.ffit.campus.platform.metrics.BusinessEvent.Kind.SIGN_IN_FAILED));
            return wrongOrLocked(kiosk, code);
        }
        if (!hasOpenEnrollment(learner)) {
            // a right PIN, but nothing to show: said like a wrong one, so that withdrawn learners reveal nothing
            return wrongOrLocked(kiosk, code);
        }
        throttle.succeeded(card, device);
        counted.fire(de.ffit.campus.platform.metrics.BusinessEvent.one(
                de.ffit.campus.platform.metrics.BusinessEvent.Kind.KIOSK_SIGN_IN));
        if (hashing.isOld(learner.getPinHash())) {
            // a PIN hashed the slow way before: checked so once more, now replaced by its keyed hash (the same PIN;
            // only if no one set a new PIN meanwhile)
            em.createNativeQuery("update learner set pin_hash = ?1 where id = ?2 and pin_hash = ?3")
                    .setParameter(1, hashing.hash(typed)).setParameter(2, learner.getId())
                    .setParameter(3, learner.getPinHash()).executeUpdate();
        }
        if (learner.getPinFailures() != 0) {
            em.createNativeQuery("update learner set pin_failures = 0, pin_locked_until = null where id = ?1")
                    .setParameter(1, learner.getId()).executeUpdate();
        }
        return new Outcome(Result.SIGNED_IN, learner.getId(), learner.getPreferredLanguage(), null, TRIES);
    }

    /** One more wrong PIN; every {@value #TRIES}th locks the card, twice as long as the lock before. */
    private void failed(Learner learner, LocalDateTime now) {
        int failures = learner.getPinFailures() + 1;
        LocalDateTime lockedUntil = null;
        if (failures % TRIES == 0) {
            Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(10, failures / TRIES - 1));
            lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        }
        // in SQL: the learner's version stays (so a coordinator editing the learner is not disturbed), and the count
        // goes up in the database, so that parallel wrong tries are all counted
        em.createNativeQuery("update learner set pin_failures = pin_failures + 1, pin_locked_until = ?1 "
                        + "where id = ?2")
                .setParameter(1, lockedUntil).setParameter(2, learner.getId()).executeUpdate();
    }

    private boolean hasOpenEnrollment(Learner learner) {
        return em.createQuery("select count(e) from Enrollment e where e.learner = :l and e.status <> :withdrawn",
                        Long.class).setParameter("l", learner).setParameter("withdrawn", EnrollmentStatus.WITHDRAWN)
                .getSingleResult() > 0;
    }

    /** the memory brake's name for a learner's card */
    static String brakeKey(long learnerId) {
        return "learner-card:" + learnerId;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
