package de.ffit.campus.certificate.control;

import de.ffit.campus.audit.control.AuditTrail;
import de.ffit.campus.audit.entity.AuditAction;
import de.ffit.campus.certificate.entity.Certificate;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.security.Actor;
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
import java.util.Map;
import java.util.Optional;

/**
 * A learner's own copy of their certificate: a link, shown at the kiosk as a QR code, that downloads the PDF to
 * the learner's phone once, within {@link #VALID_FOR}, without signing in. Every showing makes a new link. The
 * link's token is random (256 bits) and only its hash is stored, in the database that all instances share; making
 * one and using one are audited.
 */
@Stateless
public class CertificateCopies {

    /** how long a link works after it was shown */
    public static final Duration VALID_FOR = Duration.ofMinutes(15);

    /** where a link leads, after the public base URL */
    public static final String PATH = "/certificate-copy/";

    private static final String SUBJECT = "Certificate";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Certificates certificates;

    /** A link just made: its address, and until when it works (UTC). */
    public record Link(String url, LocalDateTime expiresAt) {
    }

    /**
     * A new link to the learner's own valid certificate with this serial; not found (404) for a certificate of
     * another learner, another organisation, a revoked one, or one whose document is gone.
     */
    public Link offer(long organisationId, long learnerId, String serial) {
        List<Certificate> found = em.createQuery("select c from Certificate c join c.enrollment e "
                        + "where c.serial = :serial and c.organisation.id = :org and e.learner.id = :learner "
                        + "and c.status = :valid", Certificate.class)
                .setParameter("serial", serial).setParameter("org", organisationId).setParameter("learner", learnerId)
                .setParameter("valid", Certificate.Status.VALID).getResultList();
        if (found.isEmpty()) {
            throw CampusException.notFound("record.certificate");
        }
        Certificate certificate = found.get(0);
        LocalDateTime now = now();
        em.createNativeQuery("delete from certificate_copy where expires_at < ?1")
                .setParameter(1, now.minusDays(1)).executeUpdate();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        LocalDateTime expires = now.plus(VALID_FOR);
        em.createNativeQuery("insert into certificate_copy (token_hash, certificate_id, organisation_id, created_at, "
                        + "expires_at) values (?1, ?2, ?3, ?4, ?5)").setParameter(1, hash(token))
                .setParameter(2, certificate.getId()).setParameter(3, organisationId).setParameter(4, now)
                .setParameter(5, expires).executeUpdate();
        audit.record(kiosk(organisationId, learnerId), SUBJECT, certificate.getId(), context(certificate),
                AuditAction.CHANGED, null, Map.of("copyLink", "shown at the kiosk", "expiresAt", expires.toString()));
        String base = certificates.verifyUrl("").replaceFirst("/verify/$", "");
        return new Link(base + PATH + token, expires);
    }

    /**
     * The PDF the link stands for, if the link is known, unused and not expired, and its certificate still valid;
     * the link is used up by this call (the one update decides, so two instances answering at once give it once).
     */
    public Optional<Certificates.Document> redeem(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        String hash = hash(token);
        LocalDateTime now = now();
        int used = em.createNativeQuery("update certificate_copy set used_at = ?1 where token_hash = ?2 "
                + "and used_at is null and expires_at > ?1").setParameter(1, now).setParameter(2, hash).executeUpdate();
        if (used != 1) {
            return Optional.empty();
        }
        List<?> ids = em.createNativeQuery("select certificate_id from certificate_copy where token_hash = ?1")
                .setParameter(1, hash).getResultList();
        Certificate certificate = em.find(Certificate.class, ((Number) ids.get(0)).longValue());
        if (certificate == null || certificate.getStatus() != Certificate.Status.VALID
                || certificate.getEnrollment() == null) {
            return Optional.empty();
        }
        List<byte[]> pdf = em.createQuery("select c.pdf from Certificate c where c.id = :id", byte[].class)
                .setParameter("id", certificate.getId()).getResultList();
        if (pdf.isEmpty() || pdf.get(0) == null || pdf.get(0).length == 0) {
            return Optional.empty();
        }
        audit.record(kiosk(certificate.getOrganisation().getId(), certificate.getEnrollment().getLearner().getId()),
                SUBJECT, certificate.getId(), context(certificate), AuditAction.CHANGED, null,
                Map.of("copyLink", "downloaded"));
        return Optional.of(new Certificates.Document(certificate.getSerial(), certificate.getPdfSha256(), pdf.get(0)));
    }

    private static Actor kiosk(long organisationId, long learnerId) {
        // the learner acts at the kiosk, without an account
        return new Actor(0, "kiosk:learner-" + learnerId, organisationId, null);
    }

    private static String context(Certificate certificate) {
        return Certificates.context(certificate.getEnrollment().getId());
    }

    /** the token is Base64url, so its UTF-8 bytes are its ASCII bytes */
    static String hash(String token) {
        return Secrets.sha256(token);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
