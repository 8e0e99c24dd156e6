package de.ffit.campus.privacy.control;

import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.persistence.DailyRun;
import de.ffit.campus.platform.security.Actor;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * Erases learners automatically once their time is up ({@code FFIT_RETENTION_MONTHS}, default 24, or {@code off}):
 * a learner whose every cohort finished longer ago than that, or who was never in a cohort and was created longer
 * ago. It runs every night at 04:15 in the campus time zone, on one instance of a cluster ({@link DailyRun}), and
 * admins can run it at once ({@code POST /api/privacy/retention}). Each learner is erased in a transaction of
 * their own, so one failure stops nobody else's erasure. Logs carry ids and counts, never names.
 */
@Singleton
@Startup
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());
    static final String JOB = "retention";

    @Resource
    TimerService timers;

    @Inject
    CampusSettings settings;

    @Inject
    DailyRun daily;

    @Inject
    LearnerErasure erasure;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    /** What a run erased. */
    public record Outcome(LocalDate cutoff, int erased, int failed) {
    }

    @PostConstruct
    void schedule() {
        if (settings.retentionMonths().isEmpty()) {
            LOG.info("automatic erasure of learners is switched off (FFIT_RETENTION_MONTHS=off)");
            return;
        }
        timers.createCalendarTimer(new ScheduleExpression().hour(4).minute(15).second(0)
                .timezone(settings.zone().getId()), new TimerConfig("retention", false));
        LOG.info(() -> "learners are erased " + settings.retentionMonths().getAsInt()
                + " months after their last cohort finished; checked every night at 04:15 " + settings.zone());
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        if (!daily.claim(JOB, today, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))) {
            LOG.info("retention: another instance runs it today");
            return;
        }
        Outcome outcome = run();
        LOG.info(() -> "retention: " + outcome.erased() + " learners erased (cut-off " + outcome.cutoff() + "), "
                + outcome.failed() + " failed");
    }

    /** An admin runs it now, for every organisation (an admin sees them all). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome runNow(Actor actor) {
        actor.requireAdmin();
        if (settings.retentionMonths().isEmpty()) {
            throw CampusException.conflict("error.retention.off");
        }
        return run();
    }

    private Outcome run() {
        LocalDate cutoff = LocalDate.now(clock.withZone(settings.zone()))
                .minusMonths(settings.retentionMonths().getAsInt());
        int erased = 0;
        int failed = 0;
        for (Object[] learner : due(cutoff)) {
            long organisation = ((Number) learner[0]).longValue();
            long id = ((Number) learner[1]).longValue();
            try {
                erasure.eraseExpired(organisation, id);
                erased++;
            } catch (RuntimeException e) {
                failed++;
                LOG.warning(() -> "retention: learner " + id + " could not be erased: " + e);
            }
        }
        return new Outcome(cutoff, erased, failed);
    }

    /** Organisation and id of every learner due: no cohort unfinished or finished on or after the cut-off. */
    @SuppressWarnings("unchecked")
    List<Object[]> due(LocalDate cutoff) {
        return em.createNativeQuery("select l.organisation_id, l.id from learner l where l.erased_at is null "
                        + "and l.created_at < ?1 and not exists (select 1 from enrollment e join cohort c "
                        + "on c.id = e.cohort_id where e.learner_id = l.id "
                        + "and (c.finished_on is null or c.finished_on >= ?2)) order by l.id")
                .setParameter(1, cutoff.atStartOfDay()).setParameter(2, cutoff).getResultList();
    }
}
