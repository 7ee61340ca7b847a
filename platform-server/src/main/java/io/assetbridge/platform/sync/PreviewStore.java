package io.assetbridge.platform.sync;

import io.assetbridge.platform.inventory.MissingGuard;
import io.assetbridge.platform.inventory.write.FieldChanges;
import io.assetbridge.platform.inventory.write.InventoryWriter;
import io.assetbridge.platform.inventory.write.PageOutcome;
import io.assetbridge.platform.inventory.write.RunWriteCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * A preview's pages: each page goes through the very write path a sync uses — the same upsert, the
 * same exclusion — in a local transaction that is rolled back, so its counts are exactly what the sync
 * would produce and the inventory and history are left as they were. What the run itself keeps (the
 * source ids seen, for the missing count at its end; its checkpoint and progress) is committed after.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class PreviewStore {

    private final DataSource dataSource;
    private final RunStore store;

    @Inject
    public PreviewStore(DataSource dataSource, RunStore store) {
        this.dataSource = dataSource;
        this.store = store;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected PreviewStore() {
        this(null, null);
    }

    /**
     * Ends a complete preview: per CI type, the CIs a full sync would mark missing are counted (nothing is
     * marked), the samples are kept with the run, and the run ends succeeded.
     */
    public void end(
            SyncRun run, List<String> ciTypes, PreviewSamples samples, RunCounts counts, RunCost cost, Clock clock)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (String type : ciTypes) {
                counts.of(type).missing(MissingGuard.unseen(c, run.integrationId(), List.of(type), run.id()));
            }
            samples.missing(MissingGuard.unseenSample(c, run.integrationId(), ciTypes, run.id(), PreviewSamples.MAX));
            try (var s = c.prepareStatement("UPDATE sync_run SET preview_json = ? WHERE id = ?")) {
                s.setString(1, samples.toJsonText());
                s.setLong(2, run.id());
                s.executeUpdate();
            }
        }
        store.end(run.id(), run.integrationId(), RunOutcome.succeeded(), counts, cost, clock.instant());
    }

    public PageOutcome previewPage(
            long runId,
            long integrationId,
            PagePlan plan,
            PreviewSamples samples,
            RunCounts countsAfter,
            RunCost cost,
            PageStore.Estimate estimate,
            Instant now,
            Instant leaseUntil)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                PageOutcome outcome;
                int excluded = 0;
                try {
                    // a fresh cache: ids it would remember may belong to rows rolled back below
                    var writer =
                            new InventoryWriter(c, integrationId, now, new RunWriteCache(), new FieldChanges(samples));
                    outcome = writer.write(plan.records());
                    if (plan.inventory()) {
                        excluded = writer.exclude(runId, plan.type().id(), plan.excluded());
                        if (outcome.created() > 0 && samples.wantsCreated()) {
                            sampleCreated(c, integrationId, plan.type().id(), now, samples);
                        }
                    }
                } finally {
                    c.rollback();
                }
                if (plan.inventory()) {
                    new InventoryWriter(c, integrationId, now, new RunWriteCache())
                            .recordSeen(runId, plan.type().id(), plan.seen());
                }
                var counts = countsAfter.of(plan.type().id());
                counts.created(outcome.created());
                counts.updated(outcome.updated());
                counts.unchanged(outcome.unchanged());
                counts.skipped(plan.skipped());
                counts.excluded(excluded);
                counts.failed(outcome.failed() + plan.failed());
                PageStore.saveCheckpoint(
                        c,
                        runId,
                        plan.type().id(),
                        plan.nextCursor(),
                        plan.seen().size());
                PageStore.saveProgress(c, runId, plan, countsAfter, cost, estimate, leaseUntil);
                c.commit();
                return outcome;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /** The CIs this page would create: inserted just now in the transaction about to be rolled back. */
    private static void sampleCreated(
            Connection c, long integrationId, String resourceType, Instant now, PreviewSamples samples)
            throws SQLException {
        // created_at is the page's own time stamp: only the rows this page inserted carry it
        try (var s = c.prepareStatement("SELECT source_id, name FROM configuration_item WHERE integration_id = ?"
                + " AND resource_type = ? AND created_at = ? ORDER BY id")) {
            s.setLong(1, integrationId);
            s.setString(2, resourceType);
            s.setObject(3, now.atOffset(ZoneOffset.UTC));
            samples.created(s);
        }
    }
}
