package de.ffit.campus.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An installation that has run since the first release: one organisation's data written into a database of
 * schema version 1, as that version's tables took it, and what must hold after the newest migrations ran. The
 * upgrade tests on H2 ({@link MigrationsOnH2Test}) and on MariaDB ({@link MigrationsOnMariaDbIT}) share it.
 */
final class OldestSchema {

    private OldestSchema() {
    }

    /** A coordinator, a course with an exercise, a cohort with a held lesson, a learner and their mark. */
    static void fill(Statement s) throws SQLException {
        s.executeUpdate("insert into organisation (id, name, integreat_region, created_at, version) "
                + "values (1, 'Tür an Tür', 'augsburg', '2025-01-02 09:00:00', 0)");
        s.executeUpdate("insert into user_account (id, organisation_id, username, display_name, role, "
                + "password_hash, active, created_at, version) values (1, 1, 'claudia', 'Claudia', 'COORDINATOR', "
                + "'pbkdf2', true, '2025-01-02 09:00:00', 0)");
        s.executeUpdate("insert into location (id, organisation_id, name, kind, version) "
                + "values (1, 1, 'Gemeinschaftsunterkunft', 'ACCOMMODATION', 0)");
        s.executeUpdate("insert into course (id, organisation_id, title, min_attendance_percent, late_counts, "
                + "excused_counts, min_exercise_percent, created_at, version) values (1, 1, 'ffIT Basis', 75, "
                + "'HALF', 'NOT_COUNTED', 60, '2025-01-02 09:00:00', 0)");
        s.executeUpdate("insert into course_module (id, course_id, sort_order, title, version) "
                + "values (1, 1, 0, 'Internet', 0)");
        s.executeUpdate("insert into exercise (id, module_id, sort_order, title, mandatory, version) "
                + "values (1, 1, 0, 'E-Mail senden', true, 0)");
        s.executeUpdate("insert into cohort (id, organisation_id, course_id, location_id, name, created_at, version) "
                + "values (1, 1, 1, 1, 'Frühjahr 2025', '2025-01-02 09:00:00', 0)");
        s.executeUpdate("insert into lesson (id, cohort_id, lesson_date, start_time, end_time, state, version) "
                + "values (1, 1, '2025-02-03', '09:30:00', '12:00:00', 'HELD', 0)");
        s.executeUpdate("insert into learner (id, organisation_id, code, name, name_original, preferred_language, "
                + "created_at, version) values (1, 1, 'K7MXQPA2', 'Amina Haddad', 'أمينة حداد', 'ar', "
                + "'2025-01-02 09:00:00', 0)");
        s.executeUpdate("insert into enrollment (id, cohort_id, learner_id, status, enrolled_on, version) "
                + "values (1, 1, 1, 'ENROLLED', '2025-01-20', 0)");
        s.executeUpdate("insert into attendance_record (id, lesson_id, enrollment_id, status, recorded_by, "
                + "recorded_at, version) values (1, 1, 1, 'PRESENT', 'claudia', '2025-02-03 09:35:00', 0)");
    }

    /**
     * Everything written by {@link #fill} is still there, the later versions' new columns hold what their
     * migrations say, and the newest tables take data that refers to the old rows.
     */
    static void assertKept(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("select l.name, l.name_original, l.pin_failures, l.pin_hash, "
                + "a.status, h.finished_on, o.certificate_last, l.erased_at from attendance_record a "
                + "join enrollment e on e.id = a.enrollment_id join learner l on l.id = e.learner_id "
                + "join cohort h on h.id = e.cohort_id join organisation o on o.id = h.organisation_id")) {
            assertTrue(rs.next());
            assertEquals("Amina Haddad", rs.getString(1));
            assertEquals("أمينة حداد", rs.getString(2));
            assertEquals(0, rs.getInt(3), "V6: no wrong PIN yet");
            assertEquals(null, rs.getString(4));
            assertEquals("PRESENT", rs.getString(5));
            assertEquals(null, rs.getDate(6), "V4: not finished");
            assertEquals(0, rs.getInt(7), "V5: no certificate yet");
            assertEquals(null, rs.getTimestamp(8), "V9: not erased");
            assertTrue(!rs.next(), "one mark, as written");
        }
        try (ResultSet rs = s.executeQuery("select job from scheduled_run where last_day is null order by job")) {
            assertTrue(rs.next() && "guide-import".equals(rs.getString(1)), "V9: the nightly import's claim row");
            assertTrue(rs.next() && "retention".equals(rs.getString(1)), "V9: the retention's claim row");
        }
        // the newest tables take data for the old rows
        s.executeUpdate("insert into guide_page (organisation_id, region, first_seen_at) "
                + "values (1, 'augsburg', current_timestamp)");
        s.executeUpdate("insert into guide_link (organisation_id, page_id, exercise_id, created_at, created_by) "
                + "select 1, id, 1, current_timestamp, 'claudia' from guide_page");
        try (ResultSet rs = s.executeQuery("select count(*) from guide_link where exercise_id = 1")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }
}
