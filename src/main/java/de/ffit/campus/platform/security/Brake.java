package de.ffit.campus.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failures counted per key, and how long a key must wait before its next try. Two kinds:
 * <ul>
 * <li><b>growing</b> ({@link #growing}): the first {@code free} failures cost nothing; from then on each failure
 * makes the next try wait, the first time {@code firstWait}, twice as long each time after, never longer than
 * {@code longestWait}. A failure counts for {@code forgetAfter}, so a quiet spell that long forgets them all. This
 * slows guessing to a trickle without ever locking anyone out for long.</li>
 * <li><b>window</b> ({@link #window}): at most {@code max} failures within {@code window}; then the key waits until
 * the oldest counted failure leaves it (a lock of fixed length, for learner cards and kiosk devices).</li>
 * </ul>
 * A brake counts failures ({@link #count}) or, as a plain rate limit, every attempt ({@link #attempt}: at most
 * {@code max} attempts within {@code window}). The one rate limiter of the application: the staff's sign-in
 * (SignInThrottle), the kiosk (KioskBrakes) and the public verification of certificates (VerificationLimiter)
 * each set up their brakes with their own limits.
 * Kept in memory per instance, like every brake here: a restart forgets it, which is acceptable for a brake (it is
 * not a record). Thread-safe; each key's failures are guarded by the key's own deque.
 */
public final class Brake {

    /** at most this many failures are kept per key (the waits are capped long before) */
    static final int KEPT = 64;
    /** bounds memory when someone sprays random keys */
    static final int MAX_KEYS = 20_000;

    private final int free;
    private final Duration firstWait;
    private final Duration longestWait;
    private final Duration memory;
    private final boolean window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    private Brake(int free, Duration firstWait, Duration longestWait, Duration memory, boolean window) {
        this.free = free;
        this.firstWait = firstWait;
        this.longestWait = longestWait;
        this.memory = memory;
        this.window = window;
    }

    public static Brake growing(int free, Duration firstWait, Duration longestWait, Duration forgetAfter) {
        return new Brake(free, firstWait, longestWait, forgetAfter, false);
    }

    public static Brake window(int max, Duration window) {
        return new Brake(max, window, window, window, true);
    }

    /** How long the key must wait before its next try, or empty if it may try now. */
    public Optional<Duration> waitFor(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            Instant until = openAt(times, now);
            return until == null || !until.isAfter(now) ? Optional.empty() : Optional.of(Duration.between(now, until));
        }
    }

    /**
     * Counts an attempt unless the key must wait: empty if it may go ahead (and then it counts), else how long to
     * wait (and it does not count). Checking and counting are one step, so parallel attempts cannot slip through.
     */
    public Optional<Duration> attempt(String key, Instant now) {
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().removeIf(e -> forgotten(e.getValue(), now));
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            Instant until = openAt(times, now);
            if (until != null && until.isAfter(now)) {
                return Optional.of(Duration.between(now, until));
            }
            times.addLast(now);
            while (times.size() > KEPT) {
                times.removeFirst();
            }
            return Optional.empty();
        }
    }

    /** One more failure for the key. True when the key must now wait before its next try (the brake engaged). */
    public boolean count(String key, Instant now) {
        if (failures.size() > MAX_KEYS) {
            failures.entrySet().removeIf(e -> forgotten(e.getValue(), now));
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            drop(times, now);
            times.addLast(now);
            while (times.size() > KEPT) {
                times.removeFirst();
            }
            Instant until = openAt(times, now);
            return until != null && until.isAfter(now);
        }
    }

    /** Takes back the key's latest failure (an attempt counted in advance turned out right). */
    public void takeBack(String key) {
        Deque<Instant> times = failures.get(key);
        if (times != null) {
            synchronized (times) {
                times.pollLast();
            }
        }
    }

    /** How many failures the key has that still count. */
    public int failures(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            drop(times, now);
            return times.size();
        }
    }

    /** How many more failures the key may have before it must wait. */
    public int triesLeft(String key, Instant now) {
        return Math.max(0, free - failures(key, now));
    }

    public void forget(String key) {
        failures.remove(key);
    }

    /** How many keys are remembered (for a caller that bounds its memory more tightly). */
    public int keys() {
        return failures.size();
    }

    /** Forgets every key. */
    public void forgetAll() {
        failures.clear();
    }

    /** the moment the key may try again, or null when it need not wait */
    private Instant openAt(Deque<Instant> times, Instant now) {
        drop(times, now);
        int n = times.size();
        if (n < free) {
            return null;
        }
        if (window) {
            Instant oldestCounted = times.stream().skip(n - free).findFirst().orElseThrow();
            return oldestCounted.plus(memory);
        }
        int doublings = Math.min(30, n - free);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return times.peekLast().plus(wait.compareTo(longestWait) > 0 ? longestWait : wait);
    }

    /** drops the failures that no longer count */
    private void drop(Deque<Instant> times, Instant now) {
        times.removeIf(t -> !t.plus(memory).isAfter(now));
    }

    private boolean forgotten(Deque<Instant> times, Instant now) {
        synchronized (times) {
            return times.isEmpty() || !times.peekLast().plus(memory).isAfter(now);
        }
    }
}
