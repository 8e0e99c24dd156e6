package de.ffit.campus.privacy.control;

import de.ffit.campus.audit.control.AuditTrail;
import de.ffit.campus.audit.entity.AuditAction;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.persistence.CampusDataSource;
import de.ffit.campus.platform.security.Actor;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Everything the installation stores about one learner of the actor's organisation, as one JSON document: the
 * learner, each enrollment with its cohort, course and location, every attendance mark, every exercise, every
 * certificate (its record, not the PDF bytes), and the audit trail of changes about the learner (marks, exercises,
 * enrollment, certificates, PIN). The
 * PIN is reported as set or not, never its hash. Coordinators only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class LearnerDataExport {

    @Resource(lookup = CampusDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** The document; that it was handed out, by whom and to which address, goes into the audit trail. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public JsonObject export(Actor actor, long learnerId) {
        actor.requireCoordinator();
        try (Connection db = dataSource.getConnection()) {
            List<JsonObject> learner = rows(db, "select id, code, name, name_original, preferred_language, birth_date, "
                    + "consent_on, created_at, pin_hash is not null as pin_set, pin_set_at, pin_locked_until "
                    + "from learner where id = ? and organisation_id = ? and erased_at is null", learnerId, actor.organisationId());
            if (learner.isEmpty()) {
                throw CampusException.notFound("record.learner");
            }
            JsonObjectBuilder document = Json.createObjectBuilder()
                    .add("exportedAt", Instant.now(clock).toString())
                    .add("learner", learner.get(0))
                    .add("enrollments", array(rows(db, "select e.id, h.name as cohort, c.title as course, "
                            + "l.name as location, e.status, e.enrolled_on, e.withdrawn_on, e.withdrawal_reason "
                            + "from enrollment e join cohort h on h.id = e.cohort_id join course c on c.id = h.course_id "
                            + "join location l on l.id = h.location_id where e.learner_id = ? order by e.enrolled_on",
                            learnerId)))
                    .add("attendance", array(rows(db, "select a.enrollment_id, s.lesson_date, s.start_time, "
                            + "a.status, a.note, a.recorded_by, a.recorded_at from attendance_record a "
                            + "join lesson s on s.id = a.lesson_id join enrollment e on e.id = a.enrollment_id "
                            + "where e.learner_id = ? order by s.lesson_date, s.start_time", learnerId)))
                    .add("exercises", array(rows(db, "select x.enrollment_id, t.title as exercise, x.state, x.source, "
                            + "x.reported_at, x.confirmed_by, x.confirmed_at from exercise_completion x "
                            + "join exercise t on t.id = x.exercise_id join enrollment e on e.id = x.enrollment_id "
                            + "where e.learner_id = ? order by x.id", learnerId)))
                    .add("certificates", array(rows(db, "select x.serial, x.status, x.learner_name, x.course_title, "
                            + "x.issued_on, x.issued_by, x.override_reason, x.second_language, x.revoked_at, "
                            + "x.revoke_reason from certificate x join enrollment e on e.id = x.enrollment_id "
                            + "where e.learner_id = ? order by x.issued_at", learnerId)))
                    .add("changes", array(rows(db, "select occurred_at, actor, subject_type, subject_id, action, "
                            + "before_value, after_value from audit_event where organisation_id = ? and "
                            + LearnerErasure.auditAbout(learnerId) + " order by occurred_at, id",
                            actor.organisationId())));
            JsonObject exported = document.build();
            audit.record(actor, "Learner", learnerId, "learner:" + learnerId,
                    AuditAction.EXPORTED, null,
                    Map.of("exported", "personal data"));
            return exported;
        } catch (SQLException e) {
            throw new IllegalStateException("export of learner " + learnerId + " failed: " + e.getMessage(), e);
        }
    }

    private static JsonArrayBuilder array(List<JsonObject> rows) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        rows.forEach(array::add);
        return array;
    }

    /** Each row as an object of its columns (by label, in camelCase); nulls are left out. */
    private static List<JsonObject> rows(Connection db, String sql, Object... values) throws SQLException {
        List<JsonObject> rows = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                q.setObject(i + 1, values[i]);
            }
            try (ResultSet r = q.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                while (r.next()) {
                    JsonObjectBuilder row = Json.createObjectBuilder();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        Object value = r.getObject(c);
                        if (value == null) {
                            continue;
                        }
                        String name = camel(meta.getColumnLabel(c));
                        if (name.equals("pinSet") && value instanceof Number n) {
                            // MariaDB answers a comparison with 0 or 1
                            row.add(name, n.intValue() != 0);
                        } else if (value instanceof Number n && !(value instanceof BigDecimal)) {
                            row.add(name, n.longValue());
                        } else if (value instanceof Boolean b) {
                            row.add(name, b);
                        } else {
                            row.add(name, value.toString());
                        }
                    }
                    rows.add(row.build());
                }
            }
        }
        return rows;
    }

    private static String camel(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toLowerCase(Locale.ROOT).toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return name.toString();
    }
}
