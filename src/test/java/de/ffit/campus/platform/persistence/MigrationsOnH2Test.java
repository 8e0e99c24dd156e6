package de.ffit.campus.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.platform.config.CampusConfigSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the application's migrations on the embedded H2 database, with the very URL the app builds, the H2
 * version Payara Micro ships. The same scripts run on MariaDB in the integration tests.
 */
class MigrationsOnH2Test {

    @TempDir
    Path dataDir;

    private JdbcDataSource dataSource() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(CampusConfigSource.h2Url(dataDir));
        ds.setUser("ffit");
        ds.setPassword("ffit");
        return ds;
    }

    @Test
    void allMigrationsApplyToAnEmptyFileDatabaseAndAgainDoNothing() throws Exception {
        Flyway flyway = Migrations.configure(dataSource());
        MigrateResult first = flyway.migrate();
        assertTrue(first.success);
        assertEquals(first.migrationsExecuted, flyway.info().applied().length);
        assertTrue(first.migrationsExecuted >= 2, "foundation and DigComp migrations");
        assertTrue(Files.exists(dataDir.resolve("ffit.mv.db")), "the database is a file under FFIT_DATA_DIR");

        MigrateResult second = Migrations.configure(dataSource()).migrate();
        assertEquals(0, second.migrationsExecuted);
    }

    @Test
    void theSchemaHoldsTheFoundationTablesAndTheTwentyOneDigCompCompetences() throws Exception {
        Migrations.configure(dataSource()).migrate();
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            Set<String> tables = new HashSet<>();
            try (ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertTrue(tables.containsAll(Set.of("organisation", "location", "user_account", "course",
                    "course_module", "exercise", "digcomp_competence", "exercise_competence", "cohort",
                    "cohort_trainer", "lesson", "learner", "enrollment", "attendance_record")), tables.toString());
            try (ResultSet rs = s.executeQuery("select count(*), count(distinct area) from digcomp_competence")) {
                rs.next();
                assertEquals(21, rs.getInt(1));
                assertEquals(5, rs.getInt(2));
            }
        }
    }

    @Test
    void namesAreUniqueRegardlessOfCaseAsOnMariaDb() throws Exception {
        Migrations.configure(dataSource()).migrate();
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into organisation (name, integreat_region, created_at, version) "
                    + "values ('Tür an Tür', 'augsburg', current_timestamp, 0)");
            assertThrows(SQLException.class, () -> s.executeUpdate("insert into organisation "
                    + "(name, integreat_region, created_at, version) values ('TÜR AN TÜR', 'augsburg', current_timestamp, 0)"));
        }
    }

    /**
     * An installation that has run since the first release: a database of schema version 1 with an organisation's
     * data in it is brought to the newest version, and everything in it is still there, with the new columns
     * filled as the later migrations say.
     */
    @Test
    void aDatabaseOfTheOldestVersionWithDataInItMigratesToTheNewest() throws Exception {
        Flyway newest = Migrations.configure(dataSource());
        Flyway oldest = Flyway.configure().configuration(newest.getConfiguration()).target("1").load();
        assertEquals(1, oldest.migrate().migrationsExecuted);
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
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
        MigrateResult upgrade = newest.migrate();
        assertTrue(upgrade.success);
        assertEquals(newest.info().applied().length - 1, upgrade.migrationsExecuted, "every later version");
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select l.name, l.name_original, l.pin_failures, l.pin_hash, "
                    + "a.status, h.finished_on, o.certificate_last from attendance_record a "
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
}
