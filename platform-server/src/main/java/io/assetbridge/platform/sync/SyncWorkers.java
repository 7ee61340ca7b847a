package io.assetbridge.platform.sync;

import io.assetbridge.platform.PlatformTime;
import io.assetbridge.platform.connector.RateBudgets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What the engine runs on: its threads, time, rate budgets, retry policy and this node's name. */
@ApplicationScoped
public class SyncWorkers {

    @Inject
    SyncThreads threads;

    @Inject
    PlatformTime time;

    @Inject
    RateBudgets budgets;

    @Inject
    RetryPolicy retries;

    @Inject
    NodeIdentity node;

    @Inject
    RunLeases leases;

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
