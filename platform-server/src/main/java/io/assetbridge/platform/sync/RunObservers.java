package io.assetbridge.platform.sync;

import io.assetbridge.platform.error.NotFoundException;
import io.assetbridge.platform.integration.IntegrationService;
import io.assetbridge.spi.RequestMeter.HttpCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Tells every {@link RunObserver} what a run does; an observer's failure never reaches the run. */
@ApplicationScoped
public class RunObservers {

    private static final Logger LOG = Logger.getLogger(RunObservers.class.getName());

    private final List<RunObserver> observers;
    private final SyncService syncs;
    private final IntegrationService integrations;

    @Inject
    public RunObservers(@Any Instance<RunObserver> observers, SyncService syncs, IntegrationService integrations) {
        this(observers.stream().collect(Collectors.toList()), syncs, integrations);
    }

    RunObservers(List<RunObserver> observers, SyncService syncs, IntegrationService integrations) {
        this.observers = List.copyOf(observers);
        this.syncs = syncs;
        this.integrations = integrations;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected RunObservers() {
        this(List.of(), null, null);
    }

    /** The run started: from now on what {@code live} sees (requests, waits) is reported too. */
    RunRef started(SyncRun run, String connectorType, LiveRun live) {
        var ref = new RunRef(run.id(), run.integrationId(), connectorType);
        live.watch(ref, this);
        tell(o -> o.started(ref));
        return ref;
    }

    void pageCommitted(RunRef run, RunCounts before, RunCounts after) {
        if (run != null) {
            tell(o -> o.pageCommitted(run, before, after));
        }
    }

    void requested(RunRef run, HttpCall call) {
        tell(o -> o.requested(run, call));
    }

    void waited(RunRef run, String reason, Duration waited) {
        tell(o -> o.waited(run, reason, waited));
    }

    /** The run's execution on this node is over: observers hear of it if it ended (it may only have stopped). */
    void ended(long runId, RunRef known) {
        try {
            SyncRun run = syncs.get(runId);
            if (run.status().active()) {
                return; // not ended (its end could not be stored); another node or a restart ends it
            }
            RunRef ref =
                    known != null ? known : new RunRef(runId, run.integrationId(), connectorType(run.integrationId()));
            tell(o -> o.ended(ref, run));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Observers could not be told that run " + runId + " ended", e);
        }
    }

    private String connectorType(long integrationId) {
        try {
            return integrations.get(integrationId).connectorType();
        } catch (NotFoundException deleted) {
            return "unknown";
        }
    }

    private void tell(Consumer<RunObserver> event) {
        for (RunObserver observer : observers) {
            try {
                event.accept(observer);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A run observer failed; the run goes on", e);
            }
        }
    }
}
