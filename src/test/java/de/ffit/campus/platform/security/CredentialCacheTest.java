package de.ffit.campus.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    private Instant now = Instant.parse("2026-03-02T09:00:00Z");
    private final CredentialCache cache = new CredentialCache(new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void remembersAVerifiedPairBrieflyAndOnlyThatExactPair() {
        cache.remember("coordinator", "s3cret-pass", Set.of("COORDINATOR"));
        assertEquals(Set.of("COORDINATOR"), cache.lookup("coordinator", "s3cret-pass").orElseThrow().groups());
        assertTrue(cache.lookup("coordinator", "s3cret-pasS").isEmpty());
        assertTrue(cache.lookup("coordinator2", "s3cret-pass").isEmpty());
        now = now.plus(CredentialCache.TTL).plusSeconds(1);
        assertTrue(cache.lookup("coordinator", "s3cret-pass").isEmpty(), "expired");
    }

    @Test
    void anAccountChangeMakesEveryoneProveThemselvesAgain() {
        cache.remember("trainer", "pw-123456789", Set.of("TRAINER"));
        cache.forgetAll();
        assertTrue(cache.lookup("trainer", "pw-123456789").isEmpty());
    }

    @Test
    void theCacheNeverHoldsThePasswordItself() throws Exception {
        cache.remember("trainer", "very-unique-password-42", Set.of("TRAINER"));
        var field = CredentialCache.class.getDeclaredField("verified");
        field.setAccessible(true);
        String dump = field.get(cache).toString();
        assertTrue(!dump.contains("very-unique-password-42"), dump);
    }

    @Test
    void aBurstWithTheSameCredentialsPaysOneCheckButEveryDifferentPasswordItsOwn() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<String>> same = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                same.add(pool.submit(() -> {
                    start.await();
                    return cache.checkOnce("coordinator", "right-password", () -> {
                        checks.incrementAndGet();
                        sleep(300);
                        return "valid";
                    });
                }));
            }
            List<Future<String>> guesses = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String guess = "guess-" + i;
                guesses.add(pool.submit(() -> {
                    start.await();
                    return cache.checkOnce("coordinator", guess, () -> {
                        checks.incrementAndGet();
                        sleep(300);
                        return "refused";
                    });
                }));
            }
            start.countDown();
            for (Future<String> f : same) {
                assertEquals("valid", f.get(5, TimeUnit.SECONDS));
            }
            for (Future<String> f : guesses) {
                assertEquals("refused", f.get(5, TimeUnit.SECONDS));
            }
            assertEquals(3, checks.get(), "one check for the ten equal requests, one for each guess");
        } finally {
            pool.shutdownNow();
        }
        // the next burst after the first has finished checks again (the cache, not this, remembers successes)
        assertEquals("again", cache.checkOnce("coordinator", "right-password", () -> "again"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
