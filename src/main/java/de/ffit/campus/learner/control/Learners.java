package de.ffit.campus.learner.control;

import de.ffit.campus.audit.control.AuditTrail;
import de.ffit.campus.audit.entity.AuditAction;
import de.ffit.campus.learner.entity.Learner;
import de.ffit.campus.learner.entity.LearnerCode;
import de.ffit.campus.organisation.entity.Organisation;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.persistence.Like;
import de.ffit.campus.platform.persistence.Scoped;
import de.ffit.campus.platform.security.Actor;
import de.ffit.campus.platform.validation.Drafts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The learners of the actor's organisation. Coordinators manage them. */
@Stateless
public class Learners {

    public static final int MAX_PAGE = 200;

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    Drafts drafts;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** Learners whose name, name in original script, or code contains the query; all when it is blank. */
    public List<Learner> search(Actor actor, String query, int first, int max) {
        actor.requireCoordinator();
        return searchQuery(actor, query, "select l from Learner l", " order by l.name, l.id", Learner.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), MAX_PAGE))
                .getResultList();
    }

    public long count(Actor actor, String query) {
        actor.requireCoordinator();
        return searchQuery(actor, query, "select count(l) from Learner l", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> searchQuery(Actor actor, String query, String select, String order, Class<T> type) {
        String q = query == null ? "" : query.strip();
        if (q.length() > 120) {
            q = q.substring(0, 120);
        }
        String where = " where l.organisation.id = :org and l.erasedAt is null";
        if (!q.isEmpty()) {
            where += " and (lower(l.name) like :q" + Like.ESCAPE + " or lower(l.nameOriginal) like :q" + Like.ESCAPE
                    + " or l.code = :code)";
        }
        TypedQuery<T> typed = em.createQuery(select + where + order, type).setParameter("org", actor.organisationId());
        if (!q.isEmpty()) {
            typed.setParameter("q", Like.containing(q))
                    .setParameter("code", q.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
        }
        return typed;
    }

    public Learner find(Actor actor, Long id) {
        actor.requireCoordinator();
        Learner learner = Scoped.find(em, Learner.class, id, "organisation", actor.organisationId(), "record.learner");
        if (learner.isErased()) {
            // nothing of the person is left: for everyone, like a learner that never was
            throw CampusException.notFound("record.learner");
        }
        return learner;
    }

    public Learner create(Actor actor, LearnerDraft draft) {
        actor.requireCoordinator();
        drafts.check(draft);
        LearnerCode code = draft.getCode() == null ? freshCode(actor) : typed(draft.getCode());
        requireUniqueCode(actor, code, null);
        Learner learner = new Learner(em.find(Organisation.class, actor.organisationId()), code, draft.details(),
                today(), LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        em.persist(learner);
        Scoped.flush(em, "learnerCode", code.value());
        audit.record(actor, SUBJECT, learner.getId(), context(learner), AuditAction.CREATED, null, values(learner));
        return learner;
    }

    public Learner update(Actor actor, Long id, LearnerDraft draft) {
        actor.requireCoordinator();
        drafts.check(draft);
        Learner learner = find(actor, id);
        Scoped.requireVersion(learner.getVersion(), draft.getVersion());
        Map<String, String> before = values(learner);
        if (draft.getCode() != null) {
            LearnerCode code = LearnerCode.clean(draft.getCode()).equals(learner.getCode())
                    ? LearnerCode.of(draft.getCode())
                    : typed(draft.getCode());
            requireUniqueCode(actor, code, id);
            learner.assignCode(code);
        }
        learner.update(draft.details(), today());
        Scoped.flush(em, "learnerCode", learner.getCode());
        Map<String, String> after = values(learner);
        if (!before.equals(after)) {
            audit.record(actor, SUBJECT, learner.getId(), context(learner), AuditAction.CHANGED, before, after);
        }
        return learner;
    }

    /** the audit trail's name for learners (the kiosk's PIN events use it too) */
    public static final String SUBJECT = "Learner";

    private static String context(Learner learner) {
        return "learner:" + learner.getId();
    }

    /** what the audit trail keeps of a learner (in the database only; the security log names learners by id) */
    private static Map<String, String> values(Learner learner) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("code", learner.getCode());
        values.put("name", learner.getName());
        values.put("nameOriginal", learner.getNameOriginal());
        values.put("preferredLanguage", learner.getPreferredLanguage());
        values.put("birthDate", learner.getBirthDate() == null ? null : learner.getBirthDate().toString());
        values.put("consent", String.valueOf(learner.isConsent()));
        return values;
    }

    /**
     * A code a coordinator typed: of the length of the generated codes only with a fitting check character, else the
     * kiosk would take it for a typing mistake (a code kept unchanged stays as it is).
     */
    private static LearnerCode typed(String raw) {
        LearnerCode code = LearnerCode.of(raw);
        if (!code.isWellTyped()) {
            throw CampusException.invalid("error.learnerCode.check", "code");
        }
        return code;
    }

    private LearnerCode freshCode(Actor actor) {
        // 31^8 codes: a clash is improbable, but cheap to rule out
        for (int attempt = 0; attempt < 5; attempt++) {
            LearnerCode candidate = LearnerCode.random();
            if (!codeTaken(actor, candidate, null)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free learner code after 5 attempts");
    }

    private void requireUniqueCode(Actor actor, LearnerCode code, Long except) {
        if (codeTaken(actor, code, except)) {
            throw CampusException.duplicate("learnerCode", code.value());
        }
    }

    private boolean codeTaken(Actor actor, LearnerCode code, Long except) {
        return em.createQuery("select count(l) from Learner l where l.organisation.id = :org and l.code = :code "
                        + "and l.id <> :except", Long.class)
                .setParameter("org", actor.organisationId()).setParameter("code", code.value())
                .setParameter("except", except == null ? 0L : except).getSingleResult() > 0;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
