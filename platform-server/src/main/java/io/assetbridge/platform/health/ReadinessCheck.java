package io.assetbridge.platform.health;

import io.assetbridge.platform.connector.ConnectorRegistry;
import io.assetbridge.platform.persistence.SchemaMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the schema is migrated, the database answers and the connector registry has loaded. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    private final DataSource dataSource;
    private final SchemaMigration migration;
    private final ConnectorRegistry registry;

    @Inject
    public ReadinessCheck(DataSource dataSource, SchemaMigration migration, ConnectorRegistry registry) {
        this.dataSource = dataSource;
        this.migration = migration;
        this.registry = registry;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected ReadinessCheck() {
        this(null, null, null);
    }

    @Override
    public HealthCheckResponse call() {
        boolean database = databaseAnswers();
        return HealthCheckResponse.named("assetbridge")
                .status(database && migration.migrated() && registry.loaded())
                .withData("database", database)
                .withData("schemaMigrated", migration.migrated())
                .withData("connectors", registry.loaded() ? registry.all().size() : 0)
                .build();
    }

    private boolean databaseAnswers() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
