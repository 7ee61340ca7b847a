package io.assetbridge.platform.sync;

import io.assetbridge.platform.PlatformTime;
import io.assetbridge.platform.audit.AuditLog;
import io.assetbridge.platform.error.ConflictException;
import io.assetbridge.platform.integration.IntegrationService;
import io.assetbridge.platform.inventory.InventoryVersion;
import io.assetbridge.platform.inventory.MissingGuard;
import io.assetbridge.platform.json.JsonText;
import io.assetbridge.platform.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Releases a run's hold (the mass-missing guard, see {@link MissingGuard}): an admin who checked that
 * the CIs are really gone applies exactly the marking the run held back, recorded in the audit log. Only
 * the integration's latest succeeded run (a failed or cancelled run marks nothing, so that hold is still
 * the last complete picture of the source), and only while no run of it is queued or running.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class MissingRelease {

    private final EntityManager em;
    private final DataSource dataSource;
    private final SyncService syncs;
    private final IntegrationService integrations;
    private final AuditLog audit;
    private final PlatformTime time;

    @Inject
    public MissingRelease(
            EntityManager em,
            DataSource dataSource,
            SyncService syncs,
            IntegrationService integrations,
            AuditLog audit,
            PlatformTime time) {
        this.em = em;
        this.dataSource = dataSource;
        this.syncs = syncs;
        this.integrations = integrations;
        this.audit = audit;
        this.time = time;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected MissingRelease() {
        this(null, null, null, null, null, null);
    }

    public SyncRun release(long runId) throws SQLException {
        SyncRun run = syncs.get(runId);
        if (run.heldJson() == null) {
            throw new ConflictException("Run " + runId + " held nothing back; there is nothing to release.");
        }
        JsonObject held = JsonText.parse(run.heldJson());
        if (!held.isNull("releasedAt")) {
            throw new ConflictException("Run " + runId + "'s hold was already released at "
                    + held.getString("releasedAt") + " by " + held.getString("releasedBy") + ".");
        }
        long integrationId = run.integrationId();
        int retireAfter = integrations.settings(integrations.get(integrationId)).retireAfterSyncs();
        Instant now = time.clock().instant();
        String caller = audit.caller();
        long released = 0;
        try (Connection c = dataSource.getConnection()) {
            checkLatest(c, integrationId, runId);
            Map<String, Integer> changed = MissingGuard.release(c, runId, retireAfter, now);
            RunCounts counts = run.counts();
            for (var entry : changed.entrySet()) {
                if (retireAfter <= 1) {
                    counts.of(entry.getKey()).retired(entry.getValue());
                } else {
                    counts.of(entry.getKey()).missing(entry.getValue());
                }
                released += entry.getValue();
            }
            JsonObject after = Jsonp.PROVIDER
                    .createObjectBuilder(held)
                    .add("releasedAt", now.toString())
                    .add("releasedBy", caller)
                    .add("released", released)
                    .build();
            try (var s = c.prepareStatement(
                    "UPDATE sync_run SET held_json = ?, counts_json = ?, version = version + 1 WHERE id = ?")) {
                s.setString(1, after.toString());
                s.setString(2, counts.toJsonText());
                s.setLong(3, runId);
                s.executeUpdate();
            }
            if (released > 0) {
                InventoryVersion.bump(c);
            }
        }
        audit.record(
                caller,
                "run.missing-released",
                "run " + runId,
                Map.of(
                        "integration",
                        integrationId,
                        "held",
                        held.getJsonNumber("missing").longValue(),
                        "marked",
                        released));
        em.clear();
        return syncs.get(runId);
    }

    /**
     * Locks the integration's row (a run cannot start meanwhile) and refuses while a run is active or when
     * a later run (not a preview) has succeeded since: its view of the source is newer than the hold's.
     */
    private static void checkLatest(Connection c, long integrationId, long runId) throws SQLException {
        try (var s = c.prepareStatement("SELECT active_run_id FROM integration WHERE id = ? FOR UPDATE")) {
            s.setLong(1, integrationId);
            try (var rows = s.executeQuery()) {
                rows.next();
                long active = rows.getLong(1);
                if (!rows.wasNull()) {
                    throw new ConflictException("A sync of integration " + integrationId + " is queued or running (run "
                            + active + "); release the hold after it ends, if it still holds one.");
                }
            }
        }
        try (var s = c.prepareStatement(
                "SELECT MAX(id) FROM sync_run WHERE integration_id = ? AND status = ? AND run_mode <> ?")) {
            s.setLong(1, integrationId);
            s.setString(2, RunStatus.SUCCEEDED.stored());
            s.setString(3, RunMode.PREVIEW.name());
            try (var rows = s.executeQuery()) {
                rows.next();
                long latest = rows.getLong(1);
                if (latest != runId) {
                    throw new ConflictException("Run " + latest + " of integration " + integrationId
                            + " has succeeded since run " + runId + "; release its hold instead, if it holds one.");
                }
            }
        }
    }
}
