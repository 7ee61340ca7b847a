package io.assetbridge.platform.sync;

import io.assetbridge.platform.audit.AuditLog;
import io.assetbridge.platform.connector.ConnectorRegistry;
import io.assetbridge.platform.error.NotFoundException;
import io.assetbridge.platform.error.RunActiveException;
import io.assetbridge.platform.integration.Integration;
import io.assetbridge.platform.integration.IntegrationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Starts, lists and cancels runs. Starting claims the integration with a conditional update
 * ({@code active_run_id IS NULL}), so at most one run per integration is queued or running, across
 * every server instance sharing the database.
 */
@ApplicationScoped
@Transactional
public class SyncService {

    private final EntityManager em;
    private final IntegrationService integrations;
    private final RunLeases leases;
    private final ConnectorRegistry registry;
    private final RunStore store;

    @Inject
    public SyncService(
            EntityManager em,
            IntegrationService integrations,
            RunLeases leases,
            ConnectorRegistry registry,
            RunStore store) {
        this.em = em;
        this.integrations = integrations;
        this.leases = leases;
        this.registry = registry;
        this.store = store;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected SyncService() {
        this(null, null, null, null, null);
    }

    @Inject
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * Queues a run in its own transaction; {@link SyncEngine#start} launches it after the commit.
     *
     * @param requested the mode asked for, or null to let the rules choose (scheduled runs); see
     *     {@link ModeChoice}
     */
    public SyncRun queue(long integrationId, RunTrigger trigger, RunMode requested) {
        Integration integration = integrations.get(integrationId);
        registry.require(integration.connectorType()); // refused now rather than failing in the run
        var choice = chooseMode(integration, requested);
        var run = new SyncRun(
                integration.id(),
                trigger,
                choice.mode(),
                choice.warning() == null ? List.of() : List.of(choice.warning()),
                clock.instant());
        em.persist(run);
        em.flush();
        int claimed = em.createNativeQuery(
                        "UPDATE integration SET active_run_id = ? WHERE id = ? AND active_run_id IS NULL")
                .setParameter(1, run.id())
                .setParameter(2, integrationId)
                .executeUpdate();
        if (claimed == 0) {
            // the active run may end between the claim and this read: then the caller may simply retry
            long running = activeRun(integrationId).orElse(0L);
            throw new RunActiveException(
                    "Integration " + integrationId + " already has a sync queued or running (run " + running
                            + "); wait for it or cancel it.",
                    running);
        }
        audit.record(
                trigger == RunTrigger.MANUAL ? audit.caller() : AuditLog.SYSTEM,
                "run.started",
                "run " + run.id(),
                Map.of("integration", integrationId, "trigger", trigger.wireName()));
        return run;
    }

    private ModeChoice chooseMode(Integration integration, RunMode requested) {
        if (requested == RunMode.PREVIEW) {
            return new ModeChoice(RunMode.PREVIEW, null);
        }
        if (requested == RunMode.FULL) {
            return ModeChoice.of(requested, true, List.of(), 0, 1);
        }
        var settings = integrations.settings(integration);
        var lastFull = em.createQuery(
                        "select r from SyncRun r where r.integrationId = :id and r.status = :status"
                                + " and r.mode = :mode order by r.id desc",
                        SyncRun.class)
                .setParameter("id", integration.id())
                .setParameter("status", RunStatus.SUCCEEDED)
                .setParameter("mode", RunMode.FULL)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        long scheduledSince = em.createQuery(
                        "select count(r) from SyncRun r where r.integrationId = :id and r.trigger = :trigger"
                                + " and r.id > :after",
                        Long.class)
                .setParameter("id", integration.id())
                .setParameter("trigger", RunTrigger.SCHEDULED)
                .setParameter("after", lastFull.map(SyncRun::id).orElse(0L))
                .getSingleResult();
        return ModeChoice.of(
                requested,
                integration.nextRunMustBeFull(lastFull.map(SyncRun::startedAt).orElse(null)),
                RunScope.typesToRead(integrations.offered(integration), settings),
                scheduledSince,
                settings.fullSyncEvery());
    }

    private Optional<Long> activeRun(long integrationId) {
        Object value = em.createNativeQuery("SELECT active_run_id FROM integration WHERE id = ?")
                .setParameter(1, integrationId)
                .getResultStream()
                .findFirst()
                .orElse(null);
        return Optional.ofNullable(value).map(v -> ((Number) v).longValue());
    }

    public SyncRun get(long runId) {
        SyncRun run = em.find(SyncRun.class, runId);
        if (run == null) {
            throw new NotFoundException("No sync run with id " + runId + " exists.");
        }
        return run;
    }

    public List<SyncRun> history(long integrationId, int limit) {
        integrations.get(integrationId);
        return em.createQuery("select r from SyncRun r where r.integrationId = :id order by r.id desc", SyncRun.class)
                .setParameter("id", integrationId)
                .setMaxResults(limit)
                .getResultList();
    }

    public Optional<SyncRun> latest(long integrationId) {
        return em.createQuery("select r from SyncRun r where r.integrationId = :id order by r.id desc", SyncRun.class)
                .setParameter("id", integrationId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The latest run of every integration that has one, by integration id: one query. */
    public Map<Long, SyncRun> latestOfEach() {
        return em.createQuery(
                        "select r from SyncRun r where r.id in (select max(l.id) from SyncRun l group by l.integrationId)",
                        SyncRun.class)
                .getResultStream()
                .collect(Collectors.toMap(SyncRun::integrationId, run -> run));
    }

    /**
     * Each integration's latest succeeded run (previews aside), where that run held missing marking back (released or not):
     * one query.
     */
    public Map<Long, SyncRun> heldOfEach() {
        return em.createQuery(
                        "select r from SyncRun r where r.heldJson is not null and r.id in (select max(l.id) from SyncRun l"
                                + " where l.status = :succeeded and l.mode <> :preview group by l.integrationId)",
                        SyncRun.class)
                .setParameter("succeeded", RunStatus.SUCCEEDED)
                .setParameter("preview", RunMode.PREVIEW)
                .getResultStream()
                .collect(Collectors.toMap(SyncRun::integrationId, run -> run));
    }

    /** The integration's latest succeeded run (previews aside), if it held missing marking back (released or not). */
    public Optional<SyncRun> held(long integrationId) {
        return em.createQuery(
                        "select r from SyncRun r where r.integrationId = :id and r.status = :succeeded"
                                + " and r.mode <> :preview order by r.id desc",
                        SyncRun.class)
                .setParameter("id", integrationId)
                .setParameter("succeeded", RunStatus.SUCCEEDED)
                .setParameter("preview", RunMode.PREVIEW)
                .setMaxResults(1)
                .getResultStream()
                .filter(run -> run.heldJson() != null)
                .findFirst();
    }

    /**
     * Asks a run to stop at its next page boundary. A queued run that no worker has picked up is
     * cancelled at once. Cancelling a finished run changes nothing.
     */
    public SyncRun cancel(long runId) {
        SyncRun before = get(runId);
        if (before.status().active()) {
            audit.record(
                    audit.caller(),
                    "run.cancelled",
                    "run " + runId,
                    Map.of(
                            "integration",
                            before.integrationId(),
                            "status",
                            before.status().wireName()));
        }
        store.requestCancel(runId);
        leases.cancel(runId);
        em.clear();
        return get(runId);
    }
}
