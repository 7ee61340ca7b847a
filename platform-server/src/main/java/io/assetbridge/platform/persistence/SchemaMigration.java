package io.assetbridge.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date at start-up with the versioned migrations in {@code db/migration}:
 * the same files for H2 and PostgreSQL, applied once each, never drop-and-create. Runs before
 * anything else touches the database (it observes application start with the highest priority).
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    private DataSource dataSource;

    private volatile boolean migrated;
    private volatile int appliedAtStart = -1;

    void onStart(@Observes @Priority(1) @Initialized(ApplicationScoped.class) Object event) {
        var flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        var result = flyway.migrate();
        appliedAtStart = result.migrationsExecuted;
        migrated = true;
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion()
                + "; migrations applied at this start: " + result.migrationsExecuted);
    }

    public boolean migrated() {
        return migrated;
    }

    /** How many migrations this start applied (0 when the schema was already current). */
    public int appliedAtStart() {
        return appliedAtStart;
    }
}
