package de.ffit.campus.organisation.control;

import de.ffit.campus.organisation.entity.Organisation;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.persistence.Scoped;
import de.ffit.campus.platform.security.Actor;
import de.ffit.campus.platform.security.AuditNote;
import jakarta.enterprise.event.Event;
import de.ffit.campus.platform.validation.Drafts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Organisations sharing this installation; only admins see more than their own. */
@Stateless
public class Organisations {

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    Drafts drafts;

    @Inject
    Clock clock;

    /** organisation changes for the audit trail, in this transaction */
    @Inject
    Event<AuditNote> audit;

    public List<Organisation> all(Actor actor) {
        actor.requireAdmin();
        return em.createQuery("select o from Organisation o order by o.name", Organisation.class).getResultList();
    }

    public Organisation find(Actor actor, Long id) {
        actor.requireAdmin();
        Organisation organisation = id == null ? null : em.find(Organisation.class, id);
        if (organisation == null) {
            throw CampusException.notFound("record.organisation");
        }
        return organisation;
    }

    public Organisation create(Actor actor, OrganisationDraft draft) {
        actor.requireAdmin();
        drafts.check(draft);
        requireUniqueName(draft.getName(), null);
        Organisation organisation = new Organisation(draft.getName(), draft.getIntegreatRegion(),
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        em.persist(organisation);
        Scoped.flush(em, "organisationName", draft.getName());
        audit.fire(new AuditNote(actor, organisation.getId(), SUBJECT, organisation.getId(),
                context(organisation), "CREATED", null, values(organisation)));
        return organisation;
    }

    public Organisation update(Actor actor, Long id, OrganisationDraft draft) {
        actor.requireAdmin();
        drafts.check(draft);
        Organisation organisation = find(actor, id);
        Scoped.requireVersion(organisation.getVersion(), draft.getVersion());
        requireUniqueName(draft.getName(), id);
        Map<String, String> before = values(organisation);
        organisation.rename(draft.getName());
        organisation.moveToRegion(draft.getIntegreatRegion());
        Scoped.flush(em, "organisationName", draft.getName());
        Map<String, String> after = values(organisation);
        if (!before.equals(after)) {
            audit.fire(new AuditNote(actor, organisation.getId(), SUBJECT, organisation.getId(),
                    context(organisation), "CHANGED", before, after));
        }
        return organisation;
    }

    /** the audit trail's name for organisations */
    public static final String SUBJECT = "Organisation";

    private static String context(Organisation organisation) {
        return "organisation:" + organisation.getId();
    }

    private static Map<String, String> values(Organisation organisation) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", organisation.getName());
        values.put("region", organisation.getIntegreatRegion());
        return values;
    }

    private void requireUniqueName(String name, Long except) {
        long clashes = em.createQuery("select count(o) from Organisation o where lower(o.name) = lower(:name) "
                        + "and o.id <> :except", Long.class)
                .setParameter("name", name.strip()).setParameter("except", except == null ? 0L : except).getSingleResult();
        if (clashes > 0) {
            throw CampusException.duplicate("organisationName", name.strip());
        }
    }
}
