package de.ffit.campus.account.control;

import de.ffit.campus.account.entity.UserAccount;
import de.ffit.campus.platform.security.Secrets;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Browsers an account signed in with: at a successful sign-in the browser gets a random token (256 bits) in a
 * long-lived cookie, and its SHA-256 is kept with the account in the database that all instances share. The token
 * grants nothing: it only tells the sign-in brake ({@link SignInThrottle}) that this is the owner's device, so
 * that failures from elsewhere do not slow it. Tokens unused for {@link #KEPT_FOR} are removed.
 */
@Stateless
public class TrustedDevices {

    /** how long a device stays known without a sign-in (and the cookie's lifetime) */
    public static final Duration KEPT_FOR = Duration.ofDays(180);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    Clock clock;

    /** The device's id, if the token belongs to the account with this user name; empty for anything else. */
    public Optional<String> recognise(String token, String username) {
        if (token == null || token.length() != 43 || !token.matches("[A-Za-z0-9_-]+") || username == null) {
            return Optional.empty();
        }
        List<?> ids = em.createNativeQuery("select d.id from trusted_device d join user_account a "
                        + "on a.id = d.account_id where d.token_hash = ?1 and a.username = ?2 and d.last_used_at > ?3")
                .setParameter(1, hash(token)).setParameter(2, UserAccount.normaliseUsername(username))
                .setParameter(3, now().minus(KEPT_FOR)).getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of("device:" + ((Number) ids.get(0)).longValue());
    }

    /** A successful sign-in on a known device: it stays known for another {@link #KEPT_FOR}. */
    public void used(String device) {
        em.createNativeQuery("update trusted_device set last_used_at = ?1 where id = ?2")
                .setParameter(1, now()).setParameter(2, Long.parseLong(device.substring("device:".length())))
                .executeUpdate();
    }

    /** A successful sign-in on a browser not yet known for this account: its new token, for the cookie. */
    public Optional<String> trust(String username) {
        List<?> account = em.createNativeQuery("select id from user_account where username = ?1")
                .setParameter(1, UserAccount.normaliseUsername(username)).getResultList();
        if (account.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime now = now();
        em.createNativeQuery("delete from trusted_device where last_used_at < ?1")
                .setParameter(1, now.minus(KEPT_FOR)).executeUpdate();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        em.createNativeQuery("insert into trusted_device (account_id, token_hash, created_at, last_used_at) "
                        + "values (?1, ?2, ?3, ?3)")
                .setParameter(1, ((Number) account.get(0)).longValue()).setParameter(2, hash(token))
                .setParameter(3, now).executeUpdate();
        return Optional.of(token);
    }

    /** the token is Base64url, so its UTF-8 bytes are its ASCII bytes */
    static String hash(String token) {
        return Secrets.sha256(token);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
