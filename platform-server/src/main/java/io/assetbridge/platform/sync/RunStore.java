package io.assetbridge.platform.sync;

import io.assetbridge.platform.inventory.InventoryVersion;
import io.assetbridge.platform.inventory.InventoryWriter;
import io.assetbridge.platform.inventory.MissingMarker;
import io.assetbridge.platform.inventory.PageOutcome;
import io.assetbridge.platform.inventory.RunWriteCache;
import io.assetbridge.platform.persistence.ApplicationDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The run's state in the database, each change its own transaction. A page's records, its seen
 * ids, its checkpoint and the run's progress commit together, so a crash resumes exactly after the
 * last committed page.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RunStore {

    @PersistenceContext(unitName = "assetbridge")
    EntityManager em;

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    /** Where a resource type stands in a run: its cursor, whether it is read, how many records were. */
    public record Checkpoint(String cursor, boolean done, long records) {}

    /**
     * Takes a queued run, or a running one whose lease expired (its node died), for this node. A
     * conditional update, so exactly one node wins however many try.
     */
    public Optional<SyncRun> claim(long runId, String owner, Instant now, Instant leaseUntil) {
        int claimed = em.createNativeQuery(
                        "UPDATE sync_run SET status = 'RUNNING', lease_owner = ?, lease_expires_at = ?,"
                                + " started_at = COALESCE(started_at, ?), version = version + 1 WHERE id = ?"
                                + " AND status IN ('QUEUED', 'RUNNING')"
                                + " AND (lease_owner IS NULL OR lease_expires_at < ?)")
                .setParameter(1, owner)
                .setParameter(2, utc(leaseUntil))
                .setParameter(3, utc(now))
                .setParameter(4, runId)
                .setParameter(5, utc(now))
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
    public List<Long> orphans(Instant now, java.time.Duration queuedGrace) {
        return em.createQuery(
                        "select r.id from SyncRun r where (r.status = :running or r.status = :queued)"
                                + " and ((r.leaseExpiresAt is not null and r.leaseExpiresAt < :now)"
                                + " or (r.leaseOwner is null and r.queuedAt < :graceStart)) order by r.id",
                        Long.class)
                .setParameter("running", RunStatus.RUNNING)
                .setParameter("queued", RunStatus.QUEUED)
                .setParameter("now", utc(now))
                .setParameter("graceStart", utc(now.minus(queuedGrace)))
                .getResultList();
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public Map<String, Checkpoint> checkpoints(long runId) throws SQLException {
        var found = new HashMap<String, Checkpoint>();
        try (Connection c = dataSource.getConnection();
                var s = c.prepareStatement(
                        "SELECT resource_type, cursor_value, done, records FROM sync_checkpoint WHERE run_id = ?")) {
            s.setLong(1, runId);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    found.put(
                            rows.getString(1), new Checkpoint(rows.getString(2), rows.getBoolean(3), rows.getLong(4)));
                }
            }
        }
        return found;
    }

    public boolean cancelRequested(long runId) {
        return Boolean.TRUE.equals(
                em.createQuery("select r.cancelRequested from SyncRun r where r.id = :id", Boolean.class)
                        .setParameter("id", runId)
                        .getResultStream()
                        .findFirst()
                        .orElse(Boolean.TRUE));
    }

    /** Writes a page and moves the checkpoint and progress past it, all in one transaction. */
    public PageOutcome commitPage(
            long runId,
            long integrationId,
            PagePlan plan,
            RunWriteCache cache,
            RunCounts countsAfter,
            RunCost cost,
            Estimate estimate,
            Instant now,
            Instant leaseUntil)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            var writer = new InventoryWriter(c, integrationId, now, cache);
            PageOutcome outcome = switch (plan.type().role()) {
                case CUSTOMER -> writer.writeCustomers(plan.customers());
                case SITE -> writer.writeSites(plan.sites());
                case ASSET_TYPE -> writer.writeAssetTypes(plan.assetTypes());
                case CONFIGURATION_ITEM -> writer.writeCis(plan.type().id(), plan.items());
            };
            int excluded = 0;
            if (plan.ciRole()) {
                writer.recordSeen(runId, plan.type().id(), plan.seen());
                excluded = writer.exclude(plan.type().id(), plan.excluded());
            }
            var counts = countsAfter.of(plan.type().id());
            counts.created(outcome.created());
            counts.updated(outcome.updated());
            counts.unchanged(outcome.unchanged());
            counts.skipped(plan.skipped());
            counts.excluded(excluded);
            counts.failed(outcome.failed() + plan.failed());
            saveCheckpoint(
                    c, runId, plan.type().id(), plan.nextCursor(), plan.seen().size());
            try (var s =
                    c.prepareStatement("UPDATE sync_run SET progress_resource = ?, progress_pages = progress_pages + 1,"
                            + " progress_records = progress_records + ?, counts_json = ?, requests = ?, rate_limited = ?,"
                            + " lease_expires_at = ?, progress_total = ?, progress_eta_at = ?, version = version + 1"
                            + " WHERE id = ?")) {
                s.setString(1, plan.type().id());
                s.setLong(2, plan.seen().size());
                s.setString(3, countsAfter.toJsonText());
                s.setLong(4, cost.requests());
                s.setLong(5, cost.rateLimited());
                s.setObject(6, leaseUntil.atOffset(ZoneOffset.UTC));
                if (estimate.total() == null) {
                    s.setNull(7, Types.BIGINT);
                } else {
                    s.setLong(7, estimate.total());
                }
                if (estimate.endsAt() == null) {
                    s.setNull(8, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    s.setObject(8, estimate.endsAt().atOffset(ZoneOffset.UTC));
                }
                s.setLong(9, runId);
                s.executeUpdate();
            }
            if (plan.ciRole() && outcome.created() + outcome.updated() + excluded > 0) {
                InventoryVersion.bump(c); // last: it locks the version row until this page commits
            }
            return outcome;
        }
    }

    private static void saveCheckpoint(Connection c, long runId, String type, String cursor, int records)
            throws SQLException {
        try (var update = c.prepareStatement("UPDATE sync_checkpoint SET cursor_value = ?, pages = pages + 1,"
                + " records = records + ?, done = ? WHERE run_id = ? AND resource_type = ?")) {
            update.setString(1, cursor);
            update.setLong(2, records);
            update.setBoolean(3, cursor == null);
            update.setLong(4, runId);
            update.setString(5, type);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (var insert = c.prepareStatement("INSERT INTO sync_checkpoint (run_id, resource_type, cursor_value, pages,"
                + " records, done) VALUES (?, ?, ?, 1, ?, ?)")) {
            insert.setLong(1, runId);
            insert.setString(2, type);
            insert.setString(3, cursor);
            insert.setLong(4, records);
            insert.setBoolean(5, cursor == null);
            insert.executeUpdate();
        }
    }

    /** The run's expected total of records and expected end, each null while unknown. */
    public record Estimate(Long total, Instant endsAt) {}

    /**
     * Writes what an executing run shows between commits: its cost so far and the wait it is in. Only while
     * it runs, so a late pulse never touches an ended run. No version bump: it races nothing that reads one.
     */
    public void pulse(long runId, RunCost cost, LiveRun.Wait wait) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var s = c.prepareStatement("UPDATE sync_run SET requests = ?, rate_limited = ?, waiting_until = ?,"
                        + " waiting_for = ?, waiting_message = ? WHERE id = ? AND status = 'RUNNING'")) {
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

    private static String truncated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /**
     * Ends a complete, successful run: unseen CIs of the synced CI types become missing or retired,
     * the run's seen ids are dropped, and the integration is free for its next run.
     */
    public void succeed(
            long runId,
            long integrationId,
            List<String> ciTypes,
            int retireAfterSyncs,
            RunCounts counts,
            RunCost cost,
            Clock clock)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            MissingMarker.prepare(c);
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

        // Finished after the marking, so the run's duration includes it.
        close(runId, integrationId, RunStatus.SUCCEEDED, counts, cost, null, null, clock.instant());
    }

    /** Ends a run that failed or was cancelled: no CI changes status. */
    public void end(
            long runId,
            long integrationId,
            RunStatus outcome,
            RunCounts counts,
            RunCost cost,
            RunFailureKind kind,
            String message,
            Instant now) {
        close(runId, integrationId, outcome, counts, cost, kind, message, now);
    }

    /**
     * Writes the run's outcome with one statement rather than through the entity: the lease heartbeat
     * updates the same row concurrently, and an optimistic-lock failure must never lose an outcome.
     */
    private void close(
            long runId,
            long integrationId,
            RunStatus outcome,
            RunCounts counts,
            RunCost cost,
            RunFailureKind kind,
            String message,
            Instant now) {
        em.createNativeQuery("UPDATE sync_run SET status = ?, counts_json = ?, requests = ?, rate_limited = ?,"
                        + " failure_kind = ?, failure_message = ?, finished_at = ?, waiting_until = NULL, waiting_for = NULL,"
                        + " waiting_message = NULL, progress_eta_at = NULL, lease_owner = NULL,"
                        + " lease_expires_at = NULL, version = version + 1 WHERE id = ?")
                .setParameter(1, outcome.name())
                .setParameter(2, counts.toJsonText())
                .setParameter(3, cost.requests())
                .setParameter(4, cost.rateLimited())
                .setParameter(5, kind == null ? null : kind.name())
                .setParameter(6, message == null ? null : message.substring(0, Math.min(message.length(), 2000)))
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
