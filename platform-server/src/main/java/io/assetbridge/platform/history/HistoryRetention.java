package io.assetbridge.platform.history;

import io.assetbridge.platform.PlatformTime;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes change history older than {@code assetbridge.history.retention-days} (default 180), hourly, in
 * batches of 1,000 rows, each its own short transaction: a sync writing history meanwhile never waits on
 * a long delete.
 */
@ApplicationScoped
public class HistoryRetention {

    private static final Logger LOG = Logger.getLogger(HistoryRetention.class.getName());
    static final int BATCH = 1000;

    /** A container resource: injected into a field, as {@code @Resource} cannot go on a constructor. */
    @Resource
    ManagedScheduledExecutorService scheduler;

    private final DataSource dataSource;
    private final PlatformTime time;
    private final long retentionDays;
    private ScheduledFuture<?> task;

    @Inject
    public HistoryRetention(
            DataSource dataSource,
            PlatformTime time,
            @ConfigProperty(name = "assetbridge.history.retention-days", defaultValue = "180") long retentionDays) {
        this.dataSource = dataSource;
        this.time = time;
        this.retentionDays = Math.max(1, retentionDays);
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected HistoryRetention() {
        this(null, null, 180);
    }

    void onStart(@Observes @Priority(20) @Initialized(ApplicationScoped.class) Object event) {
        task = scheduler.scheduleWithFixedDelay(this::enforceQuietly, 1, 60, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void enforceQuietly() {
        try {
            enforce(time.clock().instant());
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Deleting expired change history failed; it is tried again within the hour", e);
        }
    }

    /** Deletes history older than the retention as of {@code now}; returns the rows deleted. */
    public long enforce(Instant now) throws SQLException {
        var before = now.minus(Duration.ofDays(retentionDays)).atOffset(ZoneOffset.UTC);
        long deleted = 0;
        try (Connection c = dataSource.getConnection();
                var s = c.prepareStatement("DELETE FROM ci_change WHERE id IN (SELECT id FROM ci_change WHERE at < ?"
                        + " ORDER BY at, id LIMIT " + BATCH + ")")) {
            int batch;
            do {
                s.setObject(1, before);
                batch = s.executeUpdate();
                deleted += batch;
            } while (batch == BATCH);
        }
        return deleted;
    }
}
