package de.ffit.campus.platform.persistence;

import de.ffit.campus.platform.error.CampusException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;

/**
 * Loads a record only if it belongs to the given organisation. A record of another organisation is reported
 * exactly like one that does not exist, so ids cannot be probed across organisations.
 */
public final class Scoped {

    private Scoped() {
    }

    /**
     * @param organisationPath the path from the entity to its organisation, e.g. {@code organisation} for a
     *     course or {@code module.course.organisation} for an exercise
     * @param what message key of the kind of record, e.g. {@code record.course}
     */
    public static <T> T find(EntityManager em, Class<T> type, Long id, String organisationPath, long organisationId,
            String what) {
        if (id == null) {
            throw CampusException.notFound(what);
        }
        List<T> found = em.createQuery("select e from " + type.getSimpleName() + " e where e.id = :id and e."
                        + organisationPath + ".id = :organisation", type)
                .setParameter("id", id)
                .setParameter("organisation", organisationId)
                .getResultList();
        if (found.isEmpty()) {
            throw CampusException.notFound(what);
        }
        return found.get(0);
    }

    /** The version the user saw must still be the current one, or someone else saved meanwhile. */
    public static void requireVersion(long current, Long seen) {
        if (seen == null || current != seen) {
            throw CampusException.stale();
        }
    }

    /**
     * Writes pending changes now, so that a unique constraint the services' own checks missed (two people saving
     * the same name at the same moment) becomes a clear conflict instead of a failed commit.
     */
    public static void flush(EntityManager em, String field, Object value) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isConstraintViolation(e)) {
                throw CampusException.duplicate(field, value);
            }
            throw e;
        }
    }

    public static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
