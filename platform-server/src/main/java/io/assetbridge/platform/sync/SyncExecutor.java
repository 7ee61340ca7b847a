package io.assetbridge.platform.sync;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The platform's own executor for sync work, apart from the default one that serves requests: runs
 * and their page feeds. Three threads per run (writing, fetching, mapping; see PageFeed).
 */
@ApplicationScoped
@ManagedExecutorDefinition(name = SyncExecutor.JNDI_NAME, maxAsync = 32)
public class SyncExecutor {

    static final String JNDI_NAME = "java:app/concurrent/AssetBridgeSync";

    @Resource(lookup = JNDI_NAME)
    ManagedExecutorService executor;

    public void execute(Runnable task) {
        executor.execute(task);
    }

    /** The managed executor itself, for the page feeds' workers. */
    java.util.concurrent.ExecutorService service() {
        return executor;
    }
}
