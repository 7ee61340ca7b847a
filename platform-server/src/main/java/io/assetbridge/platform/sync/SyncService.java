package io.assetbridge.platform.sync;

import io.assetbridge.platform.error.ApiException;
import io.assetbridge.platform.integration.Integration;
import io.assetbridge.platform.integration.IntegrationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts, lists and cancels runs. Starting claims the integration with a conditional update
 * ({@code active_run_id IS NULL}), so at most one run per integration is queued or running, across
 * every server instance sharing the database.
 */
@ApplicationScoped
@Transactional
public class SyncService {

    @PersistenceContext(unitName = "assetbridge")
    EntityManager em;

    @Inject
    IntegrationService integrations;

    @Inject
    RunLeases leases;

    private final Clock clock = Clock.systemUTC();

    /** Queues a run; the caller launches it after this transaction commits. */
    public SyncRun queue(long integrationId, RunTrigger trigger) {
        Integration integration = integrations.get(integrationId);
        var run = new SyncRun(integration.id(), trigger, clock.instant());
        em.persist(run);
        em.flush();
        int claimed = em.createNativeQuery(
                        "UPDATE integration SET active_run_id = ? WHERE id = ? AND active_run_id IS NULL")
                .setParameter(1, run.id())
                .setParameter(2, integrationId)
                .executeUpdate();
        if (claimed == 0) {
            Long running = activeRun(integrationId).orElse(null);
            throw ApiException.conflict(
                    "Integration " + integrationId + " already has a sync queued or running (run " + running
                            + "); wait for it or cancel it.",
                    running == null ? Map.of() : Map.of("runId", running));
        }
        return run;
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
            throw ApiException.notFound("No sync run with id " + runId + " exists.");
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

    /**
     * Asks a run to stop at its next page boundary. A queued run that no worker has picked up is
     * cancelled at once. Cancelling a finished run changes nothing.
     */
    public SyncRun cancel(long runId) {
        get(runId);
        // One statement: the running node updates the same row (lease, progress) at the same time.
        em.createNativeQuery("UPDATE sync_run SET cancel_requested = TRUE, version = version + 1 WHERE id = ?"
                        + " AND status IN ('QUEUED', 'RUNNING')")
                .setParameter(1, runId)
                .executeUpdate();
        leases.cancel(runId);
        em.clear();
        return get(runId);
    }
}
