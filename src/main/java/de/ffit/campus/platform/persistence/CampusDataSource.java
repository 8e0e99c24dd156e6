package de.ffit.campus.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;

/**
 * The application's one JTA datasource. URL, credentials and driver class come from MicroProfile Config
 * ({@link de.ffit.campus.platform.config.CampusConfigSource}): MariaDB when {@code FFIT_DB_URL} is set,
 * otherwise an H2 file under {@code FFIT_DATA_DIR}.
 */
@DataSourceDefinition(
        name = CampusDataSource.JNDI_NAME,
        className = "${MPCONFIG=ffit.db.className}",
        url = "${MPCONFIG=ffit.db.url}",
        user = "${MPCONFIG=ffit.db.user}",
        password = "${MPCONFIG=ffit.db.password}",
        // READ COMMITTED: a transaction that waited for a lock sees what the other one committed (InnoDB's
        // REPEATABLE READ would keep showing it the snapshot from its first read)
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        minPoolSize = 2,
        maxPoolSize = 32,
        // a connection that waits longer than this means the pool is exhausted: fail clearly, do not hang
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class CampusDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/ffit";
}
