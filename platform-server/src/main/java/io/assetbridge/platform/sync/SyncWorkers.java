package io.assetbridge.platform.sync;

import io.assetbridge.platform.PlatformTime;
import io.assetbridge.platform.connector.RateBudgets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What the engine runs on: its threads, time, rate budgets, retry policy and this node's name. */
@ApplicationScoped
public class SyncWorkers {

    private final SyncThreads threads;
    private final PlatformTime time;
    private final RateBudgets budgets;
    private final RetryPolicy retries;
    private final NodeIdentity node;
    private final RunLeases leases;

    @Inject
    public SyncWorkers(
            SyncThreads threads,
            PlatformTime time,
            RateBudgets budgets,
            RetryPolicy retries,
            NodeIdentity node,
            RunLeases leases) {
        this.threads = threads;
        this.time = time;
        this.budgets = budgets;
        this.retries = retries;
        this.node = node;
        this.leases = leases;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected SyncWorkers() {
        this(null, null, null, null, null, null);
    }

    SyncThreads threads() {
        return threads;
    }

    PlatformTime time() {
        return time;
    }

    RateBudgets budgets() {
        return budgets;
    }

    RetryPolicy retries() {
        return retries;
    }

    NodeIdentity node() {
        return node;
    }

    RunLeases leases() {
        return leases;
    }
}
