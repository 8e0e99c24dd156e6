package de.ffit.campus.kiosk.control;

import de.ffit.campus.audit.control.AuditTrail;
import de.ffit.campus.audit.entity.AuditAction;
import de.ffit.campus.kiosk.entity.KioskDevice;
import de.ffit.campus.learner.entity.LearnerCode;
import de.ffit.campus.organisation.entity.Location;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.persistence.Scoped;
import de.ffit.campus.platform.security.Actor;
import de.ffit.campus.platform.security.Secrets;
import de.ffit.campus.platform.validation.Drafts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Kiosk devices: coordinators register them for a location and get a one-time setup code; the device trades the
 * code for its own secret; every kiosk request is recognised by that secret.
 */
@Stateless
public class Kiosks {

    public static final String SUBJECT = "Kiosk";
    /** how long a setup code can be used */
    public static final Duration SETUP_VALID = Duration.ofHours(24);
    static final int SETUP_CODE_LENGTH = 10;

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    Drafts drafts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    KioskBrakes brakes;

    /** A kiosk with its setup code, which is shown this once and stored only as a hash. */
    public record Registered(KioskDevice device, String setupCode, LocalDateTime expiresAt) {
    }

    public List<KioskDevice> list(Actor actor) {
        actor.requireCoordinator();
        return em.createQuery("select k from KioskDevice k join fetch k.location where k.organisation.id = :org "
                + "order by k.name", KioskDevice.class).setParameter("org", actor.organisationId()).getResultList();
    }

    public KioskDevice find(Actor actor, Long id) {
        actor.requireCoordinator();
        return Scoped.find(em, KioskDevice.class, id, "organisation", actor.organisationId(), "record.kiosk");
    }

    public Registered register(Actor actor, KioskDraft draft) {
        actor.requireCoordinator();
        drafts.check(draft);
        Location location = Scoped.find(em, Location.class, draft.getLocationId(), "organisation",
                actor.organisationId(), "record.location");
        String name = draft.getName().strip();
        long clashes = em.createQuery("select count(k) from KioskDevice k where k.organisation.id = :org "
                        + "and lower(k.name) = lower(:name)", Long.class)
                .setParameter("org", actor.organisationId()).setParameter("name", name).getSingleResult();
        if (clashes > 0) {
            throw CampusException.duplicate("kioskName", name);
        }
        KioskDevice device = new KioskDevice(location, name, actor.username(), now());
        String code = setupCode();
        device.newSetupCode(Secrets.sha256(normalise(code)), now().plus(SETUP_VALID));
        em.persist(device);
        Scoped.flush(em, "kioskName", name);
        audit.record(actor, SUBJECT, device.getId(), context(actor), AuditAction.CREATED, null,
                Map.of("name", name, "location", location.getName()));
        return new Registered(device, code, device.getSetupExpiresAt());
    }

    /** A new setup code: the device set up before is signed out for good (a lost tablet, a new one). */
    public Registered newSetupCode(Actor actor, Long id) {
        KioskDevice device = find(actor, id);
        em.lock(device, LockModeType.PESSIMISTIC_WRITE);
        String code = setupCode();
        device.newSetupCode(Secrets.sha256(normalise(code)), now().plus(SETUP_VALID));
        em.flush();
        audit.record(actor, SUBJECT, device.getId(), context(actor), AuditAction.CHANGED, null,
                Map.of("name", device.getName(), "setupCode", "new"));
        return new Registered(device, code, device.getSetupExpiresAt());
    }

    /** Until when too many wrong PINs on the kiosk pause it (UTC), or empty when it is open. */
    public Optional<LocalDateTime> pausedUntil(KioskDevice device) {
        return brakes.kioskPause(KioskIdentity.principal(device.getId()))
                .map(wait -> now().plus(wait));
    }

    /** Opens a kiosk that wrong PINs paused, at once (a coordinator saw to it). */
    public void unpause(Actor actor, Long id) {
        KioskDevice device = find(actor, id);
        brakes.release(KioskIdentity.principal(device.getId()));
        audit.record(actor, SUBJECT, device.getId(), context(actor), AuditAction.CHANGED, null,
                Map.of("name", device.getName(), "paused", "opened"));
    }

    public void remove(Actor actor, Long id) {
        KioskDevice device = find(actor, id);
        audit.record(actor, SUBJECT, device.getId(), context(actor), AuditAction.REMOVED,
                Map.of("name", device.getName(), "location", device.getLocation().getName()), null);
        em.remove(device);
        em.flush();
    }

    /**
     * A browser typed a setup code: if it is valid, the device is set up and the returned secret goes into its
     * cookie. The code works once; a wrong or used one gives nothing (the caller throttles attempts).
     */
    public Optional<String> setUp(String typedCode) {
        String normalised = normalise(typedCode);
        if (normalised.length() != SETUP_CODE_LENGTH) {
            return Optional.empty();
        }
        List<KioskDevice> found = em.createQuery("select k from KioskDevice k where k.setupCodeHash = :hash",
                KioskDevice.class).setParameter("hash", Secrets.sha256(normalised))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (found.isEmpty() || !found.get(0).acceptsSetup(now())) {
            return Optional.empty();
        }
        String token = Secrets.random(32);
        KioskDevice device = found.get(0);
        device.setUp(Secrets.sha256(token), now());
        em.flush();
        // whoever typed the code is not signed in: the trail names the device and the address it was set up from
        Actor anonymous = new Actor(0, "anonymous", device.getOrganisation().getId(), null);
        audit.record(anonymous, SUBJECT, device.getId(), context(anonymous), AuditAction.SET_UP, null,
                Map.of("name", device.getName()));
        return Optional.of(token);
    }

    /** The kiosk a cookie's secret belongs to, if it is still registered and set up. */
    public Optional<KioskIdentity> recognise(String token) {
        if (token == null || token.length() < 40 || token.length() > 60) {
            return Optional.empty();
        }
        return em.createQuery("select k.id, o.id, k.name, l.name, o.name from KioskDevice k join k.location l "
                        + "join k.organisation o where k.tokenHash = :hash", Object[].class)
                .setParameter("hash", Secrets.sha256(token)).getResultList().stream().findFirst()
                .map(row -> new KioskIdentity((Long) row[0], (Long) row[1], (String) row[2], (String) row[3],
                        (String) row[4]));
    }

    /** Two groups of five, from the learner codes' alphabet: easy to read aloud and to type on a tablet. */
    static String setupCode() {
        // only the random characters of each: a learner code's check character adds no chance
        String code = LearnerCode.random().value().substring(0, 8) + LearnerCode.random().value().substring(0, 8);
        return code.substring(0, 5) + "-" + code.substring(5, SETUP_CODE_LENGTH);
    }

    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static String context(Actor actor) {
        return "kiosks:" + actor.organisationId();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
