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

    @Test
    void aNameOf120CharactersOutsideTheBasicPlaneFitsAsOnMariaDb() throws Exception {
        Migrations.configure(dataSource()).migrate();
        String name = "\uD83D\uDE00".repeat(60) + "\uD83A\uDFE0".repeat(60);
        try (Connection c = dataSource().getConnection();
                java.sql.PreparedStatement insert = c.prepareStatement("insert into organisation (name, "
                        + "integreat_region, created_at, version) values (?, 'augsburg', current_timestamp, 0)")) {
            insert.setString(1, name);
            assertEquals(1, insert.executeUpdate(), "H2 counts UTF-16 units: the column has room for 240");
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
            OldestSchema.fill(s);
        }
        MigrateResult upgrade = newest.migrate();
        assertTrue(upgrade.success);
        assertEquals(newest.info().applied().length - 1, upgrade.migrationsExecuted, "every later version");
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            OldestSchema.assertKept(s);
        }
    }
}
