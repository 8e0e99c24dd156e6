package de.ffit.campus.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES_PER_USER} failed sign-ins for one user name, or
 * {@value #MAX_FAILURES_PER_ADDRESS} from one network address, within {@link #WINDOW}, further attempts are
 * refused without checking the password until the oldest failure leaves the window. Kept in memory per
 * instance: a restart forgets it, which is acceptable for a brake (not a lock-out record).
 */
@ApplicationScoped
public class SignInThrottle {

    static final int MAX_FAILURES_PER_USER = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** bounds memory when someone sprays random user names */
    static final int MAX_KEYS = 20_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts an attempt: empty if the caller may try now, and then the attempt already counts as a failure until
     * {@link #succeeded} takes it back. Counting before the (slow) password check means that parallel guesses
     * cannot all slip through before the first one is recorded.
     */
    public synchronized Optional<Duration> begin(String username, String address) {
        Optional<Duration> wait = waitBeforeNextAttempt(username, address);
        if (wait.isEmpty()) {
            failed(username, address);
        }
        return wait;
    }

    /** How long the caller must wait before the next attempt, or empty if they may try now. */
    public Optional<Duration> waitBeforeNextAttempt(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> forUser = waitFor(userKey(username), MAX_FAILURES_PER_USER, now);
        Optional<Duration> forAddress = waitFor(addressKey(address), MAX_FAILURES_PER_ADDRESS, now);
        if (forUser.isPresent() && forAddress.isPresent()) {
            return Optional.of(forUser.get().compareTo(forAddress.get()) > 0 ? forUser.get() : forAddress.get());
        }
        return forUser.isPresent() ? forUser : forAddress;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().removeIf(e -> expired(e.getValue(), now));
        }
        record(userKey(username), now);
        record(addressKey(address), now);
    }

    /** The attempt begun for this user and address was right: the user's failures are forgotten. */
    public synchronized void succeeded(String username, String address) {
        failures.remove(userKey(username));
        Deque<Instant> fromAddress = failures.get(addressKey(address));
        if (fromAddress != null) {
            synchronized (fromAddress) {
                fromAddress.pollLast();
            }
        }
    }

    /** How many more failures the name may have before it must wait (the kiosk warns before the last one). */
    public int triesLeft(String username) {
        Deque<Instant> times = failures.get(userKey(username));
        if (times == null) {
            return MAX_FAILURES_PER_USER;
        }
        Instant now = clock.instant();
        synchronized (times) {
            times.removeIf(t -> t.plus(WINDOW).isBefore(now));
            return Math.max(0, MAX_FAILURES_PER_USER - times.size());
        }
    }

    /** Forgets a name's failures, e.g. when a coordinator opened a locked learner card. */
    public synchronized void forget(String username) {
        failures.remove(userKey(username));
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (times.size() > MAX_FAILURES_PER_ADDRESS) {
                times.removeFirst();
            }
        }
    }

    private Optional<Duration> waitFor(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            times.removeIf(t -> t.plus(WINDOW).isBefore(now));
            if (times.size() < max) {
                return Optional.empty();
            }
            Instant oldestCounted = times.stream().skip(times.size() - max).findFirst().orElseThrow();
            return Optional.of(Duration.between(now, oldestCounted.plus(WINDOW)));
        }
    }

    private static boolean expired(Deque<Instant> times, Instant now) {
        synchronized (times) {
            return times.isEmpty() || times.peekLast().plus(WINDOW).isBefore(now);
        }
    }

    /** The same normalisation as the account lookup, so that " admin\u2003" cannot dodge admin's counter. */
    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
