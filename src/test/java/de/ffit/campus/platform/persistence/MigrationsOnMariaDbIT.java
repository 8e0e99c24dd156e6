package de.ffit.campus.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The upgrade of an installation that has run since the first release, on the database production uses: a
 * MariaDB database of schema version 1 with an organisation's data in it is brought to the newest version. MariaDB
 * has its own types, defaults and character sets, and commits every DDL statement on its own: a migration that
 * fails half-way on old data leaves a half-changed database behind, and this test is where such a migration
 * shows before an installation meets it. It needs no application server: the database
 * "&lt;test database&gt;_upgrade", made empty (with the old latin1 default, like the test database) by the README's
 * test command, is emptied again here first.
 */
class MigrationsOnMariaDbIT {

    private DataSource dataSource;

    @BeforeEach
    void emptyDatabase() throws SQLException {
        MariaDbDataSource ds = new MariaDbDataSource();
        ds.setUrl(System.getProperty("it.db.url") + "_upgrade");
        ds.setUser(System.getProperty("it.db.user"));
        ds.setPassword(System.getProperty("it.db.password"));
        dataSource = ds;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = database()")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            s.execute("set foreign_key_checks = 0");
            for (String table : tables) {
                s.execute("drop table `" + table + "`");
            }
            s.execute("set foreign_key_checks = 1");
        }
    }

    @Test
    void aDatabaseOfTheOldestVersionWithDataInItMigratesToTheNewest() throws Exception {
        Flyway newest = Migrations.configure(dataSource);
        Flyway oldest = Flyway.configure().configuration(newest.getConfiguration()).target("1").load();
        assertEquals(1, oldest.migrate().migrationsExecuted);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            OldestSchema.fill(s);
        }

        MigrateResult upgrade = newest.migrate();
        assertTrue(upgrade.success);
        MigrationInfo[] applied = newest.info().applied();
        assertEquals(applied.length - 1, upgrade.migrationsExecuted, "every later version");
        for (MigrationInfo migration : applied) {
            assertTrue(migration.getState().isApplied() && !migration.getState().isFailed(),
                    "V" + migration.getVersion() + " " + migration.getState());
        }
        assertEquals(newest.info().all().length, applied.length, "nothing left pending");

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            OldestSchema.assertKept(s);
            // the database's default is latin1: every table, old or new, must still store any script
            try (ResultSet rs = s.executeQuery("select table_name, table_collation from information_schema.tables "
                    + "where table_schema = database() and table_name <> 'flyway_schema_history' "
                    + "and table_collation not like 'utf8mb4%'")) {
                assertTrue(!rs.next(), () -> "a table without utf8mb4: " + tableOf(rs));
            }
        }
        assertEquals(0, newest.migrate().migrationsExecuted, "a second start changes nothing");
    }

    private static String tableOf(ResultSet rs) {
        try {
            return rs.getString(1) + " (" + rs.getString(2) + ")";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
