package de.ffit.campus.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a short while, that a user name and password pair sent with HTTP Basic was correct, so that a
 * script calling the API does not pay the deliberate cost of PBKDF2 on every request. The key is an HMAC of the
 * pair under a random per-process secret: neither the password nor a plain hash of it is ever held.
 * Any change to an account clears the cache.
 */
@ApplicationScoped
public class CredentialCache {

    static final Duration TTL = Duration.ofMinutes(2);
    static final int MAX_ENTRIES = 10_000;

    public record Verified(String username, Set<String> groups, Instant until) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    /** checks under way, so that a burst of requests with the same credentials pays (and counts) one check */
    private final Map<String, CompletableFuture<Object>> checking = new ConcurrentHashMap<>();
    private final SecretKeySpec secret;
    private final Clock clock;

    public CredentialCache() {
        this(Clock.systemUTC());
    }

    CredentialCache(Clock clock) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.secret = new SecretKeySpec(key, "HmacSHA256");
        this.clock = clock;
    }

    public Optional<Verified> lookup(String username, String password) {
        String key = key(username, password);
        Verified hit = verified.get(key);
        if (hit == null) {
            return Optional.empty();
        }
        if (hit.until().isBefore(clock.instant())) {
            verified.remove(key);
            return Optional.empty();
        }
        return Optional.of(hit);
    }

    public void remember(String username, String password, Set<String> groups) {
        if (verified.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            verified.values().removeIf(v -> v.until().isBefore(now));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(key(username, password), new Verified(username, Set.copyOf(groups), clock.instant().plus(TTL)));
    }

    /**
     * Runs {@code check} for these credentials unless a check of the very same credentials is under way, in which
     * case this waits for that one and returns its outcome. A script sending ten requests at once after the cached
     * verification expired thus costs one password check, and the sign-in throttle counts one attempt, not ten.
     * Different passwords never share a check, so parallel guesses are each counted.
     */
    @SuppressWarnings("unchecked")
    public <T> T checkOnce(String username, String password, Supplier<T> check) {
        String key = key(username, password);
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = checking.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return (T) running.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while another request checked the same password", e);
            } catch (ExecutionException | TimeoutException e) {
                return check.get();
            }
        }
        try {
            T outcome = check.get();
            mine.complete(outcome);
            return outcome;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(key, mine);
        }
    }

    /** After any account change (password, role, deactivation): everyone proves themselves again. */
    public void forgetAll() {
        verified.clear();
    }

    /** An account was changed. Sent by the account service; heard again once the change is committed. */
    public record AccountChanged(long accountId) {
    }

    /**
     * Forgets again after the commit: a request that verified the old password between the change and its
     * commit must not keep it alive for another {@link #TTL}.
     */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged changed) {
        forgetAll();
    }

    private String key(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
