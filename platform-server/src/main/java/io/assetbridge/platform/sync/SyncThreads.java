package io.assetbridge.platform.sync;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The threads sync work runs on, in two pools so they can never wait on each other. At most
 * {@code ASSETBRIDGE_MAX_RUNS} runs execute on this node at once (default 8); the runs beyond it wait
 * here, in order, and start when a run ends. Each executing run has exactly two feed workers (it
 * fetches and maps, see {@link PageFeed}), so the feed pool holds twice as many threads as the run
 * pool: a run's workers never queue behind other runs, whatever starts at once (schedules firing
 * together, recovery after a restart). Before, runs and workers shared one pool of 32, and 32 run
 * threads waiting for their queued workers stalled every sync while the heartbeat kept the leases.
 */
@ApplicationScoped
public class SyncThreads {

    static final String MAX_RUNS = "assetbridge.max.runs";

    private final Set<Long> launched = ConcurrentHashMap.newKeySet();
    private int maxRuns;

    /** Managed threads carry the application's context (naming, class loader) into the pools. */
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private ThreadPoolExecutor runs;
    private ThreadPoolExecutor feeds;

    @Inject
    SyncThreads(@ConfigProperty(name = MAX_RUNS, defaultValue = "8") int maxRuns) {
        if (maxRuns < 1) {
            throw new IllegalArgumentException(
                    "ASSETBRIDGE_MAX_RUNS is " + maxRuns + "; set it to at least 1 (runs executing at once per node)");
        }
        this.maxRuns = maxRuns;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected SyncThreads() {}

    @PostConstruct
    void start() {
        runs = pool(maxRuns);
        feeds = pool(2 * maxRuns);
    }

    private ThreadPoolExecutor pool(int size) {
        return new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), threads);
    }

    @PreDestroy
    void stop() {
        runs.shutdownNow();
        feeds.shutdownNow();
    }

    /**
     * Executes the run when a slot is free. A run already waiting or executing here is not queued
     * twice (recovery may name a run that waits for a slot).
     */
    void launch(long runId, Runnable run) {
        if (launched.add(runId)) {
            runs.execute(() -> {
                try {
                    run.run();
                } finally {
                    launched.remove(runId);
                }
            });
        }
    }

    /** Where a run's fetch and map workers run. */
    ExecutorService feeds() {
        return feeds;
    }

    public int maxRuns() {
        return maxRuns;
    }

    /** Runs waiting for a slot on this node. */
    public int waiting() {
        return runs.getQueue().size();
    }
}
