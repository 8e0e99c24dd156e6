package de.ffit.campus.certificate.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The serial counter rows, one per organisation and year, created on first use in a transaction of their own. */
@Stateless
public class SerialCounters {

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensure(long organisationId, int year) {
        em.createNativeQuery("insert into certificate_serial (organisation_id, serial_year, last_number) "
                        + "values (?1, ?2, 0) on duplicate key update last_number = last_number")
                .setParameter(1, organisationId).setParameter(2, year).executeUpdate();
    }
}
