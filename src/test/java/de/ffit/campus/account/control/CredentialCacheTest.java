package de.ffit.campus.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
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
}
