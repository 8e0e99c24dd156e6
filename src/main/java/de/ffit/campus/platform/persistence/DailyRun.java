package de.ffit.campus.platform.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Lets work that must happen once a day happen once, however many app instances share the database: each
 * instance's timer fires, and the first to claim the day in table {@code scheduled_run} (one conditional UPDATE,
 * committed at once) does the work; the others see the day taken and skip it.
 */
@Stateless
public class DailyRun {

    /** this process, as it shows in {@code scheduled_run.instance}: host and pid */
    public static final String INSTANCE = instance();

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    /** Whether this instance got the day for the job; false when another instance (or this one) had it already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, LocalDate day, LocalDateTime now) {
        return em.createNativeQuery("update scheduled_run set last_day = ?1, instance = ?2, started_at = ?3 "
                        + "where job = ?4 and (last_day is null or last_day < ?1)")
                .setParameter(1, day).setParameter(2, INSTANCE).setParameter(3, now).setParameter(4, job)
                .executeUpdate() == 1;
    }

    private static String instance() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown";
        }
        String name = host + "/" + ManagementFactory.getRuntimeMXBean().getPid();
        return name.length() > 120 ? name.substring(0, 120) : name;
    }
}
