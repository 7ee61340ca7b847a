package io.assetbridge.platform.metrics;

import io.assetbridge.platform.PlatformTime;
import io.assetbridge.platform.integration.SchedulePeriod;
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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Gauges of what the database holds now — active runs, each integration's last success and schedule,
 * the inventory by class and status — refreshed from three queries every
 * {@code assetbridge.metrics.refresh-seconds} (default 15) and soon after a run ends, never on the
 * scrape itself. A gauge of a deleted integration disappears at the next refresh. Every node shows
 * the same values: aggregate them with {@code max}, not {@code sum}.
 */
@ApplicationScoped
public class StateGauges {

    private static final Logger LOG = Logger.getLogger(StateGauges.class.getName());

    /** A container resource: injected into a field, as {@code @Resource} cannot go on a constructor. */
    @Resource
    ManagedScheduledExecutorService scheduler;

    private final MetricRegistry registry;
    private final DataSource dataSource;
    private final PlatformTime time;
    private final SchedulePeriod schedule;
    private final long refreshSeconds;
    private final Map<MetricID, Double> values = new ConcurrentHashMap<>();
    private final Map<MetricID, Instant> ages = new ConcurrentHashMap<>();
    private ScheduledFuture<?> task;

    @Inject
    public StateGauges(
            MetricRegistry registry,
            DataSource dataSource,
            PlatformTime time,
            SchedulePeriod schedule,
            @ConfigProperty(name = "assetbridge.metrics.refresh-seconds", defaultValue = "15") long refreshSeconds) {
        this.registry = registry;
        this.dataSource = dataSource;
        this.time = time;
        this.schedule = schedule;
        this.refreshSeconds = Math.max(1, refreshSeconds);
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected StateGauges() {
        this(null, null, null, null, 1);
    }

    void onStart(@Observes @Priority(20) @Initialized(ApplicationScoped.class) Object event) {
        task = scheduler.scheduleWithFixedDelay(this::refresh, 0, refreshSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Refreshes in the background now (a run ended), without holding up the caller. */
    public void refreshSoon() {
        scheduler.execute(this::refresh);
    }

    synchronized void refresh() {
        Instant now = time.clock().instant();
        try (Connection c = dataSource.getConnection()) {
            show(StateSnapshot.read(c, now));
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "The state metrics could not be refreshed; they keep their last values", e);
        }
    }

    private void show(StateSnapshot snapshot) {
        Set<MetricID> current = new HashSet<>();
        Map<MetricID, Instant> newAges = new ConcurrentHashMap<>();
        for (var i : snapshot.integrations()) {
            Tag[] tags = MetricNames.tags(i.connector(), i.id());
            newAges.put(new MetricID(MetricNames.LAST_SUCCESS_AGE.getName(), tags), i.lastSuccessOrCreated());
            if (i.scheduleMinutes() != null) {
                Instant next = schedule.nextAfter(Instant.EPOCH, i.scheduleMinutes());
                set(current, MetricNames.SCHEDULE, tags, next.getEpochSecond());
            }
            for (String state : new String[] {"queued", "running", "waiting"}) {
                set(current, MetricNames.ACTIVE, connectorTags(i.connector(), state), 0);
            }
        }
        snapshot.active()
                .forEach(a -> set(current, MetricNames.ACTIVE, connectorTags(a.connector(), a.state()), a.runs()));
        snapshot.inventory()
                .forEach(row -> set(
                        current,
                        MetricNames.INVENTORY,
                        MetricNames.tags(
                                row.connector(), row.integrationId(), "class", row.ciClass(), "status", row.status()),
                        row.cis()));
        newAges.keySet().forEach(id -> {
            ages.put(id, newAges.get(id));
            if (registry.getGauge(id) == null) {
                registry.gauge(MetricNames.LAST_SUCCESS_AGE, () -> age(id), id.getTagsAsArray());
            }
        });
        forget(ages.keySet(), newAges.keySet());
        forget(values.keySet(), current);
    }

    private static Tag[] connectorTags(String connector, String state) {
        return new Tag[] {new Tag("connector", connector), new Tag("state", state)};
    }

    private void set(Set<MetricID> current, Metadata metadata, Tag[] tags, double value) {
        var id = new MetricID(metadata.getName(), tags);
        current.add(id);
        boolean known = values.containsKey(id);
        values.put(id, value);
        if (!known && registry.getGauge(id) == null) {
            registry.gauge(metadata, () -> values.getOrDefault(id, 0.0), tags);
        }
    }

    private Double age(MetricID id) {
        Instant since = ages.get(id);
        return since == null
                ? 0.0
                : Duration.between(since, time.clock().instant()).toMillis() / 1000.0;
    }

    /** Drops the gauges of what is gone (a deleted integration, an emptied class). */
    private void forget(Set<MetricID> shown, Set<MetricID> current) {
        for (MetricID id : Set.copyOf(shown)) {
            if (!current.contains(id)) {
                shown.remove(id);
                registry.remove(id);
            }
        }
    }
}
