package de.ffit.campus.kiosk.control;

import de.ffit.campus.platform.security.Brake;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kiosk's brakes against guessing, in memory, apart from the staff's sign-in brake (so that no account name
 * can share a key with them):
 * <ul>
 * <li><b>a learner's card</b> (or a code that is no one's): {@value #TRIES_PER_CARD} wrong PINs within
 * {@link #WINDOW} lock it until the first of them is that old; a trainer's unlock or a new PIN lifts it at once
 * ({@link #forget}). The card's lock in the database (KioskSignIn) comes on top.</li>
 * <li><b>a kiosk device</b>: {@value #TRIES_PER_KIOSK} wrong PINs on one device within {@link #WINDOW}, whatever
 * the cards, pause the device for everyone there, since someone is trying codes. The screen says that the kiosk is
 * paused, not a card; a trainer's or coordinator's unlock of a card that was tried on it opens it again, and so
 * does "unlock" on the kiosks page ({@link #release}).</li>
 * <li><b>set-up codes</b>, per client address: {@value #FREE_SET_UPS} wrong codes, then a wait of a minute that
 * doubles with each further wrong one up to a quarter of an hour. One address guessing does not stop another
 * setting up a kiosk.</li>
 * </ul>
 */
@ApplicationScoped
public class KioskBrakes {

    static final int TRIES_PER_CARD = KioskSignIn.TRIES;
    static final int TRIES_PER_KIOSK = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int FREE_SET_UPS = 5;
    /** bounds the memory of which cards were tried on which kiosk */
    static final int MAX_CARDS_SEEN = 20_000;

    private final Brake cards = Brake.window(TRIES_PER_CARD, WINDOW);
    private final Brake kiosks = Brake.window(TRIES_PER_KIOSK, WINDOW);
    private final Brake setUps = Brake.growing(FREE_SET_UPS, Duration.ofMinutes(1), Duration.ofMinutes(15),
            Duration.ofHours(1));
    /** the kiosks each card was tried on, so that unlocking the card opens them again */
    private final Map<String, Set<String>> triedOn = new ConcurrentHashMap<>();
    private final Clock clock;

    public KioskBrakes() {
        this(Clock.systemUTC());
    }

    KioskBrakes(Clock clock) {
        this.clock = clock;
    }

    /** How long to wait, and whether it is the whole kiosk that waits (else the card). */
    public record Wait(Duration duration, boolean kiosk) {
    }

    /**
     * Starts a PIN try of a card on a kiosk: empty if it may be tried now, and then the try already counts as wrong
     * until {@link #succeeded} takes it back (parallel tries cannot slip through before the first is counted).
     */
    public synchronized Optional<Wait> begin(String card, String kiosk) {
        Optional<Wait> wait = waitBeforeNextAttempt(card, kiosk);
        if (wait.isEmpty()) {
            Instant now = clock.instant();
            cards.count(card, now);
            kiosks.count(kiosk, now);
            if (triedOn.size() > MAX_CARDS_SEEN) {
                triedOn.clear();
            }
            triedOn.computeIfAbsent(card, c -> ConcurrentHashMap.newKeySet()).add(kiosk);
        }
        return wait;
    }

    /** How long the card (or the whole kiosk) must wait before the next try, or empty. */
    public Optional<Wait> waitBeforeNextAttempt(String card, String kiosk) {
        Instant now = clock.instant();
        Optional<Duration> device = kiosks.waitFor(kiosk, now);
        if (device.isPresent()) {
            return Optional.of(new Wait(device.get(), true));
        }
        return cards.waitFor(card, now).map(d -> new Wait(d, false));
    }

    /** The try begun was wrong (already counted). True when it engaged a brake: the card's or the kiosk's. */
    public boolean failed(String card, String kiosk) {
        return waitBeforeNextAttempt(card, kiosk).isPresent();
    }

    /** The try begun was right: the card's wrong tries are forgotten, and the try is taken back from the kiosk. */
    public synchronized void succeeded(String card, String kiosk) {
        cards.forget(card);
        kiosks.takeBack(kiosk);
    }

    /** How many more wrong PINs the card may have before it locks (the kiosk warns before the last one). */
    public int triesLeft(String card) {
        return cards.triesLeft(card, clock.instant());
    }

    /** Whether the kiosk is paused, and for how long. */
    public Optional<Duration> kioskPause(String kiosk) {
        return kiosks.waitFor(kiosk, clock.instant());
    }

    /** Forgets a card's wrong tries (a trainer opened it, or gave a new PIN), and opens the kiosks it was tried on. */
    public synchronized void forget(String card) {
        cards.forget(card);
        Set<String> kiosksTried = triedOn.remove(card);
        if (kiosksTried != null) {
            kiosksTried.forEach(kiosks::forget);
        }
    }

    /** Opens a paused kiosk. */
    public synchronized void release(String kiosk) {
        kiosks.forget(kiosk);
    }

    /** Starts a set-up code try from an address; as {@link #begin}, counted until {@link #setUpSucceeded}. */
    public Optional<Duration> beginSetUp(String address) {
        return setUps.attempt(address, clock.instant());
    }

    /** The set-up code was wrong. True when the address must now wait. */
    public boolean setUpFailed(String address) {
        return setUps.waitFor(address, clock.instant()).isPresent();
    }

    /** The set-up code was right: the address's wrong codes are forgotten. */
    public void setUpSucceeded(String address) {
        setUps.forget(address);
    }
}
