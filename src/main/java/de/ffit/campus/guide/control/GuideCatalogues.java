package de.ffit.campus.guide.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The state row of each organisation's catalogue. An import claims it with one conditional UPDATE, so that two
 * requests, or two application instances at night, never import the same catalogue at once; a claim older than
 * {@link #STALE} is taken over (its instance stopped mid-way). Each change commits on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class GuideCatalogues {

    static final Duration STALE = Duration.ofMinutes(30);

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    /** True when this caller may import now; false when an import of the organisation is already running. */
    public boolean claim(long organisationId, String region, String by, LocalDateTime now) {
        Number rows = (Number) em.createNativeQuery("select count(*) from guide_catalogue where organisation_id = ?")
                .setParameter(1, organisationId).getSingleResult();
        if (rows.intValue() == 0) {
            em.createNativeQuery("insert into guide_catalogue (organisation_id, region, state) values (?, ?, 'NEVER')")
                    .setParameter(1, organisationId).setParameter(2, region).executeUpdate();
        }
        int claimed = em.createNativeQuery("update guide_catalogue set state = 'RUNNING', region = ?, started_at = ?, "
                        + "started_by = ?, finished_at = null where organisation_id = ? "
                        + "and (state <> 'RUNNING' or started_at < ?)")
                .setParameter(1, region).setParameter(2, now).setParameter(3, by)
                .setParameter(4, organisationId).setParameter(5, now.minus(STALE))
                .executeUpdate();
        return claimed == 1;
    }

    public void succeeded(long organisationId, CatalogueWriter.Counts counts, LocalDateTime now) {
        em.createNativeQuery("update guide_catalogue set state = 'IDLE', finished_at = ?, last_success_at = ?, "
                        + "pages = ?, translations = ?, languages = ?, added = ?, changed = ?, unchanged = ?, "
                        + "vanished = ? where organisation_id = ?")
                .setParameter(1, now).setParameter(2, now)
                .setParameter(3, counts.pages()).setParameter(4, counts.translations())
                .setParameter(5, counts.languages()).setParameter(6, counts.added())
                .setParameter(7, counts.changed()).setParameter(8, counts.unchanged())
                .setParameter(9, counts.vanished()).setParameter(10, organisationId).executeUpdate();
    }

    public void failed(long organisationId, String kind, int status, String detail, LocalDateTime now) {
        String cut = detail == null ? "" : detail.length() > 1000 ? detail.substring(0, 999) + "…" : detail;
        em.createNativeQuery("update guide_catalogue set state = 'FAILED', finished_at = ?, error_kind = ?, "
                        + "error_status = ?, error_detail = ?, error_at = ? where organisation_id = ?")
                .setParameter(1, now).setParameter(2, kind)
                .setParameter(3, status == 0 ? null : status).setParameter(4, cut)
                .setParameter(5, now).setParameter(6, organisationId).executeUpdate();
    }

    /** The organisation's Integreat region. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String region(long organisationId) {
        return (String) em.createNativeQuery("select integreat_region from organisation where id = ?")
                .setParameter(1, organisationId).getSingleResult();
    }

    /** Every organisation and its region, for the nightly import. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Object[]> regions() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, integreat_region from organisation order by id")
                .getResultList();
        return rows;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CatalogueStatus status(long organisationId, String region) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select region, state, started_at, finished_at, last_success_at, "
                        + "started_by, pages, translations, languages, added, changed, unchanged, vanished, "
                        + "error_kind, error_status, error_detail, error_at from guide_catalogue "
                        + "where organisation_id = ?")
                .setParameter(1, organisationId).getResultList();
        if (rows.isEmpty()) {
            return CatalogueStatus.never(region);
        }
        Object[] r = rows.get(0);
        CatalogueStatus.Failure error = r[13] == null ? null : new CatalogueStatus.Failure((String) r[13],
                r[14] == null ? null : ((Number) r[14]).intValue(), (String) r[15], time(r[16]));
        return new CatalogueStatus((String) r[0], CatalogueStatus.State.valueOf((String) r[1]), time(r[2]), time(r[3]),
                time(r[4]), (String) r[5], number(r[6]), number(r[7]), number(r[8]), number(r[9]), number(r[10]),
                number(r[11]), number(r[12]), error);
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static LocalDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }
}
