package io.assetbridge.platform.sync;

import io.assetbridge.platform.connector.ConnectorRegistry;
import io.assetbridge.platform.connector.PlatformConnectorContext;
import io.assetbridge.platform.connector.RegisteredConnector;
import io.assetbridge.platform.error.ConnectorMissingException;
import io.assetbridge.platform.integration.ContactHistory;
import io.assetbridge.platform.integration.Integration;
import io.assetbridge.platform.integration.IntegrationService;
import io.assetbridge.platform.integration.SyncSettings;
import io.assetbridge.platform.inventory.MissingGuard;
import io.assetbridge.platform.outbound.OutboundConnections;
import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.ConnectorSession;
import io.assetbridge.spi.HttpTimeouts;
import io.assetbridge.spi.Page;
import io.assetbridge.spi.PageRequest;
import io.assetbridge.spi.ResourceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Executes a run: signs in, reads each resource type page by page from its checkpoint, commits each
 * page with its checkpoint, and ends the run — succeeded (then unseen CIs become missing), failed with
 * the connector's kind, or cancelled. A failed or cancelled run changes no CI's status.
 * <p>
 * Three threads share a run (see {@link PageFeed}): one fetches pages, one maps them, and the run's
 * thread writes them, so a page costs about the longest of the three rather than their sum.
 */
@ApplicationScoped
public class SyncEngine {

    private static final Logger LOG = Logger.getLogger(SyncEngine.class.getName());

    private final IntegrationService integrations;
    private final ConnectorRegistry registry;
    private final RunStore store;
    private final PageStore pages;
    private final SyncWorkers workers;
    private final SyncService syncs;
    private final ContactHistory contacts;
    private final OutboundConnections outbound;
    private final RunObservers observers;
    private final PreviewStore previews;

    @Inject
    public SyncEngine(
            IntegrationService integrations,
            ConnectorRegistry registry,
            RunStore store,
            PageStore pages,
            SyncWorkers workers,
            SyncService syncs,
            ContactHistory contacts,
            OutboundConnections outbound,
            RunObservers observers,
            PreviewStore previews) {
        this.integrations = integrations;
        this.registry = registry;
        this.store = store;
        this.pages = pages;
        this.workers = workers;
        this.syncs = syncs;
        this.contacts = contacts;
        this.outbound = outbound;
        this.observers = observers;
        this.previews = previews;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected SyncEngine() {
        this(null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * Queues a run of the integration and launches it once the queueing has committed (a run thread
     * that looked earlier would not see the run). The one way a run starts, manual or scheduled.
     *
     * @param requested the mode asked for, or null to let the rules choose (see {@link ModeChoice})
     *
     * @throws io.assetbridge.platform.error.RunActiveException while one is queued or running
     */
    public SyncRun start(long integrationId, RunTrigger trigger, RunMode requested) {
        SyncRun run = syncs.queue(integrationId, trigger, requested);
        launch(run.id());
        return run;
    }

    /** Runs {@code runId} when one of this node's run slots is free (see {@link SyncThreads}). */
    public void launch(long runId) {
        workers.threads().launch(runId, () -> execute(runId));
    }

    void execute(long runId) {
        var time = workers.time();
        Instant start = time.clock().instant();
        var claimed = store.claim(
                runId, workers.node(), start, start.plus(workers.leases().duration()));
        if (claimed.isEmpty()) {
            return; // another worker or node has it
        }
        SyncRun run = claimed.get();
        var state = new RunState(run, time.clock(), store);
        workers.leases().executing(runId, state.cancellation, state.live);
        try {
            Integration integration = integrations.get(run.integrationId());
            observers.started(run, integration.connectorType(), state.live);
            ConnectorConfig config = integrations.connectorConfig(integration);
            SyncSettings settings = integrations.settings(integration);
            RegisteredConnector connector = registry.require(integration.connectorType());
            List<ResourceType> types = RunScope.typesToRead(connector.call(c -> c.resourceTypesFor(config)), settings);
            var context = new PlatformConnectorContext(
                    time.clock(),
                    time.sleeper(state.cancellation),
                    state.cancellation,
                    HttpTimeouts.DEFAULT,
                    workers.budgets(),
                    state.live.meter(),
                    outbound,
                    new PlatformConnectorContext.Work(
                            run.integrationId(), false, contacts.neverConnected(run.integrationId()), state.live));
            state.throwIfCancelled();
            ConnectorSession session =
                    Retries.retrying(workers, state, () -> connector.call(c -> c.authenticate(config, context)));
            List<ResourceType> read;
            try (session) {
                var readable = Retries.retrying(workers, state, () -> connector.call(c -> c.discover(session)));
                read = Readable.of(types, readable);
                for (RunWarning warning : Readable.warnings(types, readable, connector.descriptor())) {
                    store.addWarning(runId, warning);
                }
                var checkpoints = pages.checkpoints(runId);
                state.progress = new RunProgress(read, checkpoints, start, run.requests());
                for (ResourceType type : read) {
                    connector
                            .call(c -> c.knownTotal(session, type.id()))
                            .ifPresent(total -> state.progress.expect(type.id(), total));
                }
                state.context = context;
                var watermarks = store.watermarks(run.integrationId());
                for (ResourceType type : read) {
                    var checkpoint = checkpoints.get(type.id());
                    if (checkpoint == null || !checkpoint.done()) {
                        var request = new PageRequest(
                                type.id(),
                                checkpoint == null ? null : checkpoint.cursor(),
                                type.pageSize(),
                                RunScope.modifiedSince(run.mode(), type, watermarks.get(type.id())),
                                RunScope.filters(type, settings));
                        readType(
                                state,
                                connector,
                                session,
                                type,
                                request,
                                r -> PagePlan.of(
                                        type, r, rec -> connector.call(c -> c.mapToCI(rec, config)), settings));
                    }
                }
            }
            state.throwIfCancelled();
            if (state.preview != null) {
                previews.end(run, RunScope.ciTypes(read), state.preview, state.counts, state.cost(), time.clock());
            } else {
                store.succeed(
                        runId,
                        run.integrationId(),
                        run.mode(),
                        read.stream()
                                .filter(ResourceType::modifiedSince)
                                .map(ResourceType::id)
                                .toList(),
                        run.startedAt() == null ? start : run.startedAt(),
                        marking(runId, run.mode(), read),
                        settings.retireAfterSyncs(),
                        new MissingGuard.Limits(settings.missingGuardMin(), settings.missingGuardPercent()),
                        state.counts,
                        state.cost(),
                        time.clock());
            }
            contacts.connected(run.integrationId(), time.clock().instant());
        } catch (RunCancelledException cancelled) {
            store.end(
                    runId,
                    run.integrationId(),
                    RunOutcome.cancelled(),
                    state.counts,
                    state.cost(),
                    time.clock().instant());
        } catch (ConnectorMissingException missing) {
            store.end(
                    runId,
                    run.integrationId(),
                    RunOutcome.failed(RunFailureKind.CONFIGURATION, missing.getMessage()),
                    state.counts,
                    state.cost(),
                    time.clock().instant());
        } catch (ConnectorException failure) {
            store.end(
                    runId,
                    run.integrationId(),
                    RunOutcome.failed(RunFailureKind.of(failure.kind()), failure.getMessage()),
                    state.counts,
                    state.cost(),
                    time.clock().instant());
        } catch (Exception | Error unexpected) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Sync run " + runId + " failed unexpectedly, incident " + incident, unexpected);
            store.end(
                    runId,
                    run.integrationId(),
                    RunOutcome.failed(
                            RunFailureKind.INTERNAL,
                            "The sync failed unexpectedly; nothing was marked missing. Incident id " + incident
                                    + " (server log)."),
                    state.counts,
                    state.cost(),
                    time.clock().instant());
        } finally {
            workers.leases().finished(runId);
            observers.ended(runId, state.live.ref());
        }
    }

    /**
     * The CI types whose unseen CIs become missing: those read, in a full run whose pages all said
     * their view was consistent; none otherwise (the run's warnings say why).
     */
    private List<String> marking(long runId, RunMode mode, List<ResourceType> read) {
        if (mode != RunMode.FULL || store.hasWarning(runId, RunWarning.INCONSISTENT)) {
            return List.of();
        }
        return RunScope.ciTypes(read);
    }

    private void readType(
            RunState state,
            RegisteredConnector connector,
            ConnectorSession session,
            ResourceType type,
            PageRequest request,
            Function<Page, PagePlan> plan)
            throws Exception {
        try (var feed = new PageFeed(
                workers.threads().feeds(),
                request,
                next -> Retries.retrying(workers, state, () -> connector.call(c -> c.fetchPage(session, next))),
                page -> {
                    if (page.inconsistency() != null) {
                        store.addWarning(state.runId, RunWarning.inconsistent(type, page.inconsistency()));
                    }
                    return plan.apply(page);
                })) {
            for (PagePlan page = feed.next(); page != null; page = feed.next()) {
                if (state.cancellation.isCancelled()) {
                    throw new RunCancelledException();
                }
                commit(state, page);
            }
        }
    }

    private void commit(RunState state, PagePlan plan) throws Exception {
        RunCounts after = RunCounts.parse(state.counts.toJsonText());
        Instant now = workers.time().clock().instant();
        state.progress.page(plan.type().id(), plan.seen().size(), plan.sourceTotal(), plan.nextCursor() == null);
        RunCost cost = state.cost();
        var estimate = new PageStore.Estimate(
                state.progress.total(), state.progress.estimatedEnd(now, cost.requests(), state.context.usedBudgets()));
        Instant leaseUntil = now.plus(workers.leases().duration());
        if (state.preview != null) {
            previews.previewPage(
                    state.runId, state.integrationId, plan, state.preview, after, cost, estimate, now, leaseUntil);
        } else {
            pages.commitPage(
                    state.runId, state.integrationId, plan, state.writeCache, after, cost, estimate, now, leaseUntil);
        }
        observers.pageCommitted(state.live.ref(), state.counts, after);
        state.counts = after;
        RunWarning mapping = plan.mappingWarning();
        if (mapping != null && state.mappingWarned.add(plan.type().id())) {
            store.addWarning(state.runId, mapping);
        }
    }
}
