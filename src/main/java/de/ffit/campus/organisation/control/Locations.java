package de.ffit.campus.organisation.control;

import de.ffit.campus.organisation.entity.Location;
import de.ffit.campus.organisation.entity.Organisation;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.persistence.Scoped;
import de.ffit.campus.platform.security.Actor;
import de.ffit.campus.platform.security.AuditNote;
import de.ffit.campus.platform.validation.Drafts;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The places an organisation teaches at. Everyone reads them; coordinators change them. */
@Stateless
public class Locations {

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    Drafts drafts;

    /** location changes for the audit trail, in this transaction */
    @Inject
    Event<AuditNote> audit;

    public List<Location> list(Actor actor) {
        return em.createQuery("select l from Location l where l.organisation.id = :org order by l.name",
                Location.class).setParameter("org", actor.organisationId()).getResultList();
    }

    public Location find(Actor actor, Long id) {
        return Scoped.find(em, Location.class, id, "organisation", actor.organisationId(), "record.location");
    }

    public Location create(Actor actor, LocationDraft draft) {
        actor.requireCoordinator();
        drafts.check(draft);
        requireUniqueName(actor, draft.getName(), null);
        Location location = new Location(em.find(Organisation.class, actor.organisationId()), draft.getName(),
                draft.getAddress(), draft.getKind());
        em.persist(location);
        Scoped.flush(em, "locationName", draft.getName());
        audit.fire(new AuditNote(actor, SUBJECT, location.getId(), context(location), "CREATED", null,
                values(location)));
        return location;
    }

    public Location update(Actor actor, Long id, LocationDraft draft) {
        actor.requireCoordinator();
        drafts.check(draft);
        Location location = find(actor, id);
        Scoped.requireVersion(location.getVersion(), draft.getVersion());
        requireUniqueName(actor, draft.getName(), id);
        Map<String, String> before = values(location);
        location.describe(draft.getName(), draft.getAddress(), draft.getKind());
        Scoped.flush(em, "locationName", draft.getName());
        Map<String, String> after = values(location);
        if (!before.equals(after)) {
            audit.fire(new AuditNote(actor, SUBJECT, location.getId(), context(location), "CHANGED", before, after));
        }
        return location;
    }

    /** the audit trail's name for locations */
    public static final String SUBJECT = "Location";

    private static String context(Location location) {
        return "location:" + location.getId();
    }

    private static Map<String, String> values(Location location) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", location.getName());
        values.put("address", location.getAddress());
        values.put("kind", location.getKind() == null ? null : location.getKind().name());
        return values;
    }

    /** A location where a cohort meets stays: its history belongs to the cohort. */
    public void delete(Actor actor, Long id) {
        actor.requireCoordinator();
        Location location = find(actor, id);
        long cohorts = em.createQuery("select count(c) from Cohort c where c.location = :l", Long.class)
                .setParameter("l", location).getSingleResult();
        if (cohorts > 0) {
            throw CampusException.conflict("error.location.inUse", cohorts);
        }
        audit.fire(new AuditNote(actor, SUBJECT, location.getId(), context(location), "REMOVED", values(location),
                null));
        em.remove(location);
        em.flush();
    }

    private void requireUniqueName(Actor actor, String name, Long except) {
        long clashes = em.createQuery("select count(l) from Location l where l.organisation.id = :org "
                        + "and lower(l.name) = lower(:name) and l.id <> :except", Long.class)
                .setParameter("org", actor.organisationId()).setParameter("name", name.strip())
                .setParameter("except", except == null ? 0L : except).getSingleResult();
        if (clashes > 0) {
            throw CampusException.duplicate("locationName", name.strip());
        }
    }
}
