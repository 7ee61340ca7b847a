package io.assetbridge.platform.sync;

import io.assetbridge.platform.inventory.InventoryVersion;
import io.assetbridge.platform.inventory.MissingGuard;
import io.assetbridge.platform.inventory.MissingMarker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A run's row in the database, changed only by conditional updates, each its own transaction: the
 * claim that lets one node execute it, lease renewals, the live pulse, warnings, a cancel request
 * and its end. The statuses it moves between and which moves are allowed are {@link RunStatus}'s;
 * they are bound as parameters, never written into SQL. Pages and checkpoints are {@link PageStore}'s.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RunStore {

    private final EntityManager em;
    private final DataSource dataSource;

    @Inject
    public RunStore(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected RunStore() {
        this(null, null);
    }

    /**
     * Takes a queued run, or a running one whose lease expired (its node died), for this node. A
     * conditional update, so exactly one node wins however many try.
     */
    public Optional<SyncRun> claim(long runId, NodeIdentity node, Instant now, Instant leaseUntil) {
        int claimed = em.createNativeQuery("UPDATE sync_run SET status = ?, lease_owner = ?, lease_expires_at = ?,"
                        + " started_at = COALESCE(started_at, ?), node = ?, version = version + 1 WHERE id = ?"
                        + " AND status IN (?, ?) AND (lease_owner IS NULL OR lease_expires_at < ?)")
                .setParameter(1, RunStatus.RUNNING.stored())
                .setParameter(2, node.id())
                .setParameter(3, utc(leaseUntil))
                .setParameter(4, utc(now))
                .setParameter(5, node.node())
                .setParameter(6, runId)
                .setParameter(7, RunStatus.QUEUED.stored())
                .setParameter(8, RunStatus.RUNNING.stored())
                .setParameter(9, utc(now))
                .executeUpdate();
        return claimed == 1 ? Optional.of(em.find(SyncRun.class, runId)) : Optional.empty();
    }

    /** Extends this node's leases on the runs it is executing. */
    public void renewLeases(String owner, List<Long> runIds, Instant leaseUntil) {
        if (!runIds.isEmpty()) {
            em.createQuery(
                            "update SyncRun r set r.leaseExpiresAt = :until where r.leaseOwner = :owner and r.id in :ids")
                    .setParameter("until", utc(leaseUntil))
                    .setParameter("owner", owner)
                    .setParameter("ids", runIds)
                    .executeUpdate();
        }
    }

    /**
     * Runs that should be executing but are not: running or queued with an expired lease (their node
     * died or restarted), or queued without a lease for longer than {@code queuedGrace}.
     */
    public List<Long> orphans(Instant now, Duration queuedGrace) {
        return em.createQuery(
                        "select r.id from SyncRun r where r.status in :active"
                                + " and ((r.leaseExpiresAt is not null and r.leaseExpiresAt < :now)"
                                + " or (r.leaseOwner is null and r.queuedAt < :graceStart)) order by r.id",
                        Long.class)
                .setParameter("active", RunStatus.ACTIVE)
                .setParameter("now", utc(now))
                .setParameter("graceStart", utc(now.minus(queuedGrace)))
                .getResultList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * Flags an active run to stop at its next page boundary: one statement, as the executing node
     * updates the same row (lease, progress) at the same time. An ended run is left as it is.
     */
    public void requestCancel(long runId) {
        em.createNativeQuery("UPDATE sync_run SET cancel_requested = TRUE, version = version + 1 WHERE id = ?"
                        + " AND status IN (?, ?)")
                .setParameter(1, runId)
                .setParameter(2, RunStatus.QUEUED.stored())
                .setParameter(3, RunStatus.RUNNING.stored())
                .executeUpdate();
    }

    public boolean cancelRequested(long runId) {
        return Boolean.TRUE.equals(
                em.createQuery("select r.cancelRequested from SyncRun r where r.id = :id", Boolean.class)
                        .setParameter("id", runId)
                        .getResultStream()
                        .findFirst()
                        .orElse(Boolean.TRUE));
    }

    /**
     * Writes what an executing run shows between commits: its cost so far and the wait it is in. Only while
     * it runs, so a late pulse never touches an ended run. No version bump: it races nothing that reads one.
     */
    public void pulse(long runId, RunCost cost, LiveRun.Wait wait) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var s = c.prepareStatement("UPDATE sync_run SET requests = ?, rate_limited = ?, waiting_until = ?,"
                        + " waiting_for = ?, waiting_message = ? WHERE id = ? AND status = ?")) {
            s.setLong(1, cost.requests());
            s.setLong(2, cost.rateLimited());
            if (wait == null) {
                s.setNull(3, Types.TIMESTAMP_WITH_TIMEZONE);
                s.setNull(4, Types.VARCHAR);
                s.setNull(5, Types.VARCHAR);
            } else {
                s.setObject(3, utc(wait.until()));
                s.setString(4, wait.waitingFor());
                s.setString(5, truncated(wait.message(), 500));
            }
            s.setLong(6, runId);
            s.setString(7, RunStatus.RUNNING.stored());
            s.executeUpdate();
        }
    }

    /** Adds a warning to the run, visible at once; any feature may add its own (see {@link RunWarning}). */
    public void addWarning(long runId, RunWarning warning) {
        var current = em.createNativeQuery("SELECT warnings_json FROM sync_run WHERE id = ? FOR UPDATE")
                .setParameter(1, runId)
                .getResultList();
        if (current.isEmpty()) {
            return;
        }
        List<RunWarning> warnings = RunWarning.parse((String) current.get(0));
        if (!warnings.contains(warning)) {
            warnings.add(warning);
            em.createNativeQuery("UPDATE sync_run SET warnings_json = ?, version = version + 1 WHERE id = ?")
                    .setParameter(1, RunWarning.toJsonText(warnings))
                    .setParameter(2, runId)
                    .executeUpdate();
        }
    }

    /** Whether the run has a warning with this reason (warnings survive a resume). */
    public boolean hasWarning(long runId, String reason) {
        var json = em.createNativeQuery("SELECT warnings_json FROM sync_run WHERE id = ?")
                .setParameter(1, runId)
                .getResultList();
        return !json.isEmpty()
                && RunWarning.parse((String) json.get(0)).stream()
                        .anyMatch(w -> w.reason().equals(reason));
    }

    /** The integration's watermarks by resource type (see {@link Watermarks}). */
    public Map<String, Instant> watermarks(long integrationId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return Watermarks.load(c, integrationId);
        }
    }

    private static String truncated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /**
     * Ends a complete, successful run: its watermarks move (see {@link Watermarks}), unseen CIs of
     * {@code ciTypes} (none unless the run was full and consistent) become missing or retired, the run's
     * seen ids are dropped, and the integration is free for its next run. When the marking would cross the
     * mass-missing guard's threshold it is held instead (see {@link MissingGuard}): no CI changes status
     * and the run shows what was held.
     */
    public void succeed(
            long runId,
            long integrationId,
            RunMode mode,
            List<String> changeTypes,
            Instant startedAt,
            List<String> ciTypes,
            int retireAfterSyncs,
            MissingGuard.Limits guard,
            RunCounts counts,
            RunCost cost,
            Clock clock)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Watermarks.advance(c, integrationId, runId, mode, changeTypes, startedAt);
            if (!ciTypes.isEmpty()) {
                MissingMarker.prepare(c);
            }
            JsonObject held = MissingGuard.holdIfMassive(c, integrationId, ciTypes, runId, guard);
            if (held != null) {
                try (var s = c.prepareStatement("UPDATE sync_run SET held_json = ? WHERE id = ?")) {
                    s.setString(1, held.toString());
                    s.setLong(2, runId);
                    s.executeUpdate();
                }
            } else {
                int changed = 0;
                for (String type : ciTypes) {
                    var marked = MissingMarker.mark(c, integrationId, type, runId, retireAfterSyncs, clock.instant());
                    counts.of(type).missing(marked.missing());
                    counts.of(type).retired(marked.retired());
                    changed += marked.missing() + marked.retired();
                }
                if (changed > 0) {
                    InventoryVersion.bump(c);
                }
            }
        }

        // Finished after the marking, so the run's duration includes it.
        end(runId, integrationId, RunOutcome.succeeded(), counts, cost, clock.instant());
    }

    /**
     * Ends a run (a failed or cancelled one changes no CI's status). One statement rather than
     * through the entity: the lease heartbeat updates the same row concurrently, and an
     * optimistic-lock failure must never lose an outcome.
     */
    public void end(long runId, long integrationId, RunOutcome outcome, RunCounts counts, RunCost cost, Instant now) {
        em.createNativeQuery("UPDATE sync_run SET status = ?, counts_json = ?, requests = ?, rate_limited = ?,"
                        + " failure_kind = ?, failure_message = ?, finished_at = ?, waiting_until = NULL, waiting_for = NULL,"
                        + " waiting_message = NULL, progress_eta_at = NULL, lease_owner = NULL,"
                        + " lease_expires_at = NULL, version = version + 1 WHERE id = ?")
                .setParameter(1, outcome.status().stored())
                .setParameter(2, counts.toJsonText())
                .setParameter(3, cost.requests())
                .setParameter(4, cost.rateLimited())
                .setParameter(
                        5,
                        outcome.failureKind() == null
                                ? null
                                : outcome.failureKind().name())
                .setParameter(6, outcome.message())
                .setParameter(7, utc(now))
                .setParameter(8, runId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM sync_seen WHERE run_id = ?")
                .setParameter(1, runId)
                .executeUpdate();
        em.createNativeQuery("UPDATE integration SET active_run_id = NULL WHERE id = ? AND active_run_id = ?")
                .setParameter(1, integrationId)
                .setParameter(2, runId)
                .executeUpdate();
    }
}
