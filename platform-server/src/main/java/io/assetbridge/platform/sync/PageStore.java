package io.assetbridge.platform.sync;

import io.assetbridge.platform.inventory.InventoryVersion;
import io.assetbridge.platform.inventory.write.FieldChanges;
import io.assetbridge.platform.inventory.write.InventoryWriter;
import io.assetbridge.platform.inventory.write.PageOutcome;
import io.assetbridge.platform.inventory.write.RunWriteCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A run's pages in the database: a page's records, its seen ids, its checkpoint and the run's
 * progress commit together (one transaction per page), so a crash resumes exactly after the last
 * committed page; and the checkpoints a resumed run starts from.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PageStore {

    private final DataSource dataSource;

    @Inject
    public PageStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected PageStore() {
        this(null);
    }

    /** Where a resource type stands in a run: its cursor, whether it is read, how many records were. */
    public record Checkpoint(String cursor, boolean done, long records) {}

    /** The run's expected total of records and expected end, each null while unknown. */
    public record Estimate(Long total, Instant endsAt) {}

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
            var writer = new InventoryWriter(c, integrationId, now, cache, new FieldChanges(runId, now));
            PageOutcome outcome = writer.write(plan.records());
            int excluded = 0;
            if (plan.inventory()) {
                writer.recordSeen(runId, plan.type().id(), plan.seen());
                excluded = writer.exclude(runId, plan.type().id(), plan.excluded());
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
            Watermarks.track(c, runId, plan.type().id(), plan.lastModified());
            saveProgress(c, runId, plan, countsAfter, cost, estimate, leaseUntil);
            if (plan.inventory() && outcome.created() + outcome.updated() + excluded > 0) {
                InventoryVersion.bump(c); // last: it locks the version row until this page commits
            }
            return outcome;
        }
    }

    /** Moves the run's progress, counts and cost past the page, and extends its lease. */
    static void saveProgress(
            Connection c,
            long runId,
            PagePlan plan,
            RunCounts countsAfter,
            RunCost cost,
            Estimate estimate,
            Instant leaseUntil)
            throws SQLException {
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
    }

    static void saveCheckpoint(Connection c, long runId, String type, String cursor, int records) throws SQLException {
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
}
