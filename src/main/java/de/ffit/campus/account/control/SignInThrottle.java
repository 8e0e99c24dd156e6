package de.ffit.campus.account.control;

import de.ffit.campus.platform.security.Brake;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing without handing anyone a way to lock the owner out (ASVS 5.0 V6.3). Failures are
 * counted per network address and per account-and-address, not per account alone: a stranger's wrong passwords
 * slow the stranger, not the owner signing in elsewhere. Each brake lets a few failures pass, then makes the next
 * try wait one minute, twice as long after each further failure, at most {@link #LONGEST_WAIT}; a quiet hour
 * forgets them. Nothing is a fixed lock.
 * <p>
 * A browser that signed in successfully keeps a device cookie ({@link TrustedDevices}). A sign-in that presents a
 * valid one for the account it names is counted only against that account-and-device, so failures from other
 * addresses, however many, never slow the owner on their own device, and the owner's typos there slow nobody else.
 * <p>
 * The safety net: a guess spread over many addresses passes each address's brake, so attempts <em>without</em> a
 * device cookie are also counted per account, with far more free failures ({@value #FREE_PER_ACCOUNT} within an
 * hour) than one person mistypes. It can slow the owner only in a new browser, and only during such a distributed
 * attack; their own device stays open. The kiosk's learner cards and set-up codes have their own brakes in the
 * kiosk feature. Kept in memory per instance; in a cluster each instance brakes on its own, and the device cookie
 * works on all of them (its hash is in the database).
 */
@ApplicationScoped
public class SignInThrottle {

    static final int FREE_PER_ACCOUNT_AND_ADDRESS = 5;
    static final int FREE_PER_ACCOUNT_AND_DEVICE = 5;
    static final int FREE_PER_ADDRESS = 30;
    static final int FREE_PER_ACCOUNT = 50;
    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final Brake perAddress = growing(FREE_PER_ADDRESS);
    private final Brake perAccountAndAddress = growing(FREE_PER_ACCOUNT_AND_ADDRESS);
    private final Brake perAccountAndDevice = growing(FREE_PER_ACCOUNT_AND_DEVICE);
    private final Brake perAccount = growing(FREE_PER_ACCOUNT);
    private final Clock clock;

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    private static Brake growing(int free) {
        return Brake.growing(free, FIRST_WAIT, LONGEST_WAIT, FORGET_AFTER);
    }

    /** what one attempt is counted against */
    private record Counter(Brake brake, String key) {
    }

    private List<Counter> counters(String username, String address, String device) {
        String account = normalised(username);
        if (device != null) {
            return List.of(new Counter(perAccountAndDevice, account + "\n" + device));
        }
        String from = address == null ? "" : address;
        return List.of(new Counter(perAccountAndAddress, account + "\n" + from), new Counter(perAddress, from),
                new Counter(perAccount, account));
    }

    /** {@link #begin(String, String, String)} without a device cookie */
    public Optional<Duration> begin(String username, String address) {
        return begin(username, address, null);
    }

    /**
     * Starts an attempt: empty if the caller may try now, and then the attempt already counts as a failure until
     * {@link #succeeded} takes it back. Counting before the (slow) password check means that parallel guesses
     * cannot all slip through before the first one is recorded.
     *
     * @param device the id of this browser's trusted device for this account ({@link TrustedDevices}), or null
     */
    public synchronized Optional<Duration> begin(String username, String address, String device) {
        Optional<Duration> wait = waitBeforeNextAttempt(username, address, device);
        if (wait.isEmpty()) {
            Instant now = clock.instant();
            counters(username, address, device).forEach(c -> c.brake().count(c.key(), now));
        }
        return wait;
    }

    /** How long the caller must wait before the next attempt, or empty if they may try now. */
    public Optional<Duration> waitBeforeNextAttempt(String username, String address, String device) {
        Instant now = clock.instant();
        return counters(username, address, device).stream()
                .map(c -> c.brake().waitFor(c.key(), now)).flatMap(Optional::stream).max(Duration::compareTo);
    }

    /**
     * The attempt begun for this user was wrong (it is already counted). True when this failure engaged a brake:
     * the next attempt from here must wait (worth a record as a lock-out).
     */
    public boolean failed(String username, String address, String device) {
        return waitBeforeNextAttempt(username, address, device).isPresent();
    }

    /** {@link #failed(String, String, String)} without a device cookie */
    public boolean failed(String username, String address) {
        return failed(username, address, null);
    }

    /**
     * The attempt begun for this user was right: their failures from here (this address, or this device) are
     * forgotten, and the attempt is taken back from the address's and the account's counts.
     */
    public synchronized void succeeded(String username, String address, String device) {
        String account = normalised(username);
        if (device != null) {
            perAccountAndDevice.forget(account + "\n" + device);
            return;
        }
        String from = address == null ? "" : address;
        perAccountAndAddress.forget(account + "\n" + from);
        perAddress.takeBack(from);
        perAccount.takeBack(account);
    }

    /** {@link #succeeded(String, String, String)} without a device cookie */
    public void succeeded(String username, String address) {
        succeeded(username, address, null);
    }

    /** The same normalisation as the account lookup, so that " admin\u2003" cannot dodge admin's counters. */
    static String normalised(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
