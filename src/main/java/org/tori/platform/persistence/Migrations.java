package org.tori.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database. The datasource is
 * switched between the embedded H2 file and PostgreSQL by configuration alone (TORI_DB_*).
 */
@DataSourceDefinition(
        name = Migrations.DATASOURCE,
        className = "${MPCONFIG=tori.db.datasource-class}",
        url = "${MPCONFIG=tori.db.url}",
        user = "${MPCONFIG=tori.db.user}",
        password = "${MPCONFIG=tori.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        // a connection is checked (Connection.isValid) before it is handed out, and one found broken
        // drops the whole pool: after a database restart the pool recovers by itself (bench/faults.sh)
        properties = {
            "fish.payara.log-jdbc-calls=false",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    public static final String DATASOURCE = "java:app/jdbc/tori";
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }
}
