package de.ffit.campus.platform.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Flyway owns the schema: the same versioned scripts under {@code db/migration} run on MariaDB and on the
 * embedded H2 database. Plain Java, so the H2 test runs exactly what the application runs.
 */
public final class Migrations {

    public static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    public static Flyway configure(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                // a database someone else created tables in is a mistake we want to hear about, not to baseline
                .baselineOnMigrate(false)
                .validateMigrationNaming(true)
                .load();
    }
}
