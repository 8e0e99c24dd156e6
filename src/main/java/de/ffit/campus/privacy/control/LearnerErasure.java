package de.ffit.campus.privacy.control;

import de.ffit.campus.audit.control.AuditTrail;
import de.ffit.campus.audit.entity.AuditAction;
import de.ffit.campus.learner.entity.LearnerCode;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.security.Actor;
import de.ffit.campus.platform.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Erases a learner's personal data (GDPR Art. 17), in one transaction, as each entity's {@code @PersonalData}
 * declares: the learner row stays as an anonymous participant (only the language, for the statistics) with a new
 * random code and no PIN; enrollments lose the withdrawal reason (one in a running cohort ends as withdrawn today);
 * attendance marks lose their notes; certificates keep only what the certificate itself shows (serial, name,
 * course, organisation, date, status) for their public verification, and lose the PDF, the reasons and the link to
 * the enrollment; the audit trail of changes about the learner keeps who changed what when, not the values. The
 * impact report's counts stay as they were, except that leaving a running cohort counts as a withdrawal.
 */
@Stateless
public class LearnerErasure {

    /** what an erased learner is called where a row of them is still shown (a cohort's past attendance) */
    public static final String ERASED_NAME = "—";

    @PersistenceContext(unitName = "ffit")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** What an erasure did, in numbers (nothing personal). */
    public record Erased(long learnerId, int enrollments, int attendanceNotes, int certificates, int auditEvents) {
    }

    /** A coordinator erases a learner of their organisation; 404 for an unknown or already erased one. */
    public Erased erase(Actor actor, long learnerId) {
        actor.requireCoordinator();
        return eraseLocked(actor, learnerId);
    }

    /** The same for the retention job, acting for the organisation. */
    public Erased eraseExpired(long organisationId, long learnerId) {
        return eraseLocked(new Actor(0, "retention", organisationId, Role.ADMIN),
                learnerId);
    }

    private Erased eraseLocked(Actor actor, long learnerId) {
        // the learner row is locked first, so two erasures (a coordinator and the nightly job) never interleave
        List<?> found = em.createNativeQuery("select id from learner where id = ?1 and organisation_id = ?2 "
                + "and erased_at is null for update").setParameter(1, learnerId)
                .setParameter(2, actor.organisationId()).getResultList();
        if (found.isEmpty()) {
            throw CampusException.notFound("record.learner");
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        LocalDate today = LocalDate.now(clock);
        String enrollments = "(select e.id from enrollment e where e.learner_id = " + learnerId + ")";

        // the audit trail first: it finds the learner's certificates through their enrollments
        int events = update("update audit_event set before_value = null, after_value = null where organisation_id = ?1 "
                + "and " + auditAbout(learnerId), actor.organisationId());
        int issued = update("update certificate set pdf = ?1, printed_content = null, override_reason = null, revoke_reason = null, "
                + "enrollment_id = null, version = version + 1 where enrollment_id in " + enrollments, new byte[0]);
        int notes = update("update attendance_record set note = null where note is not null and enrollment_id in "
                + enrollments);
        // in a cohort still running the learner leaves today (their row must not stay on the trainers' lists);
        // finished cohorts keep their figures as they were. withdrawn_on before status: MariaDB assigns left to
        // right and would otherwise see the new status
        String running = "status = 'ENROLLED' and (select c.finished_on from cohort c where c.id = cohort_id) is null";
        int enrolled = update("update enrollment set withdrawal_reason = null, "
                + "withdrawn_on = case when " + running + " then ?1 else withdrawn_on end, "
                + "status = case when " + running + " then 'WITHDRAWN' else status end, version = version + 1 "
                + "where learner_id = ?2", today, learnerId);
        update("update learner set name = ?1, name_original = null, code = ?2, birth_date = null, consent_on = null, "
                + "pin_hash = null, pin_set_at = null, pin_failures = 0, pin_locked_until = null, erased_at = ?3, "
                + "version = version + 1 where id = ?4", ERASED_NAME, LearnerCode.random().value(), now, learnerId);
        audit.record(actor, "Learner", learnerId, "learner:" + learnerId, AuditAction.REMOVED, null,
                Map.of("erased", "personal data", "enrollments", String.valueOf(enrolled),
                        "certificates", String.valueOf(issued)));
        return new Erased(learnerId, enrolled, notes, issued, events);
    }

    /**
     * The condition on {@code audit_event} (unaliased) that finds the events about a learner: their marks,
     * enrolments and exercises (subject: the enrollment), their certificates, and the learner (the PIN). Shared by
     * the export and the erasure, so that both mean the same events. The id is a number, never text.
     */
    static String auditAbout(long learnerId) {
        String enrollments = "(select e.id from enrollment e where e.learner_id = " + learnerId + ")";
        return "((subject_type in ('Attendance', 'Enrollment', 'Completion') and subject_id in " + enrollments
                + ") or (subject_type = 'Certificate' and subject_id in (select x.id from certificate x "
                + "where x.enrollment_id in " + enrollments + ")) or (subject_type = 'Learner' and subject_id = "
                + learnerId + "))";
    }

    private int update(String sql, Object... values) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        return query.executeUpdate();
    }
}
