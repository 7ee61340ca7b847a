package io.assetbridge.platform.sync;

import io.assetbridge.platform.error.RunActiveException;
import io.assetbridge.platform.integration.ScheduleClaims;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps syncs going without anyone pressing a button: renews this node's run leases, resumes runs
 * whose node died (after a crash or restart, from their last checkpoint), and fires scheduled syncs.
 * Everything is claimed through the database, so with several nodes each run and each scheduled
 * period executes once. No EJB timers: the due times live in the database and a managed scheduled
 * executor polls them ({@code assetbridge.sync.poll-seconds}, default 15).
 */
@ApplicationScoped
public class SyncSupervisor {

    private static final Logger LOG = Logger.getLogger(SyncSupervisor.class.getName());

    /** A container resource: injected into a field, as {@code @Resource} cannot go on a constructor. */
    @Resource
    ManagedScheduledExecutorService scheduler;

    private final RunStore store;
    private final SyncEngine engine;
    private final ScheduleClaims schedules;
    private final SyncWorkers workers;
    private final long pollSeconds;
    private final Duration queuedGrace;

    @Inject
    public SyncSupervisor(
            RunStore store,
            SyncEngine engine,
            ScheduleClaims schedules,
            SyncWorkers workers,
            @ConfigProperty(name = "assetbridge.sync.poll-seconds", defaultValue = "15") long pollSeconds,
            @ConfigProperty(name = "assetbridge.sync.queued-grace-seconds", defaultValue = "60")
                    long queuedGraceSeconds) {
        this.store = store;
        this.engine = engine;
        this.schedules = schedules;
        this.workers = workers;
        this.pollSeconds = pollSeconds;
        // how long a run may wait for a slot on the node it was started on before any node with a free slot takes it
        this.queuedGrace = Duration.ofSeconds(queuedGraceSeconds);
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected SyncSupervisor() {
        this(null, null, null, null, 0, 60);
    }

    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

    void onStart(@Observes @Priority(10) @Initialized(ApplicationScoped.class) Object event) {
        long heartbeat = workers.leases().heartbeat().toMillis();
        tasks.add(scheduler.scheduleWithFixedDelay(
                guarded("lease heartbeat", this::renewLeases), heartbeat, heartbeat, TimeUnit.MILLISECONDS));
        tasks.add(scheduler.scheduleWithFixedDelay(guarded("run pulse", this::pulse), 1, 1, TimeUnit.SECONDS));
        long poll = Math.max(1, pollSeconds);
        tasks.add(scheduler.scheduleWithFixedDelay(
                guarded("run recovery and schedules", this::poll), Math.min(poll, 5), poll, TimeUnit.SECONDS));
    }

    @PreDestroy
    void stop() {
        tasks.forEach(t -> t.cancel(false));
    }

    void renewLeases() {
        var now = workers.time().clock().instant();
        store.renewLeases(
                workers.node().id(),
                workers.leases().current(),
                now.plus(workers.leases().duration()));
    }

    /** Shows each executing run's cost and wait, so they move between page commits (every second). */
    void pulse() {
        var now = workers.time().clock().instant();
        workers.leases().live().forEach((runId, live) -> {
            try {
                store.pulse(runId, live.cost(), live.currentWait(now));
            } catch (SQLException e) {
                throw new IllegalStateException("could not show the progress of run " + runId, e);
            }
        });
    }

    void poll() {
        var now = workers.time().clock().instant();
        for (long runId : store.orphans(now, queuedGrace)) {
            LOG.info(() -> "Resuming sync run " + runId + " from its last checkpoint (its node stopped)");
            engine.launch(runId);
        }
        for (long integrationId : schedules.claimDueSchedules(now)) {
            try {
                engine.start(integrationId, RunTrigger.SCHEDULED, null);
            } catch (RunActiveException busy) {
                LOG.info(() -> "Scheduled sync of integration " + integrationId + " skipped this period: "
                        + busy.getMessage());
            }
        }
    }

    private static Runnable guarded(String what, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The " + what + " task failed; it runs again at its next tick", e);
            }
        };
    }
}
