package io.assetbridge.platform.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** One sync of one integration: its status, timings, progress, counts, cost and failure. */
@Entity
@Table(name = "sync_run")
public class SyncRun {

    @Id
    @SequenceGenerator(name = "sync_run_seq", sequenceName = "sync_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_run_seq")
    private Long id;

    @Column(name = "integration_id", nullable = false)
    private long integrationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RunStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 12)
    private RunTrigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(name = "run_mode", nullable = false, length = 12)
    private RunMode mode;

    @Column(name = "queued_at", nullable = false)
    private OffsetDateTime queuedAt;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Column(name = "progress_resource", length = 40)
    private String progressResource;

    @Column(name = "progress_pages", nullable = false)
    private long progressPages;

    @Column(name = "progress_records", nullable = false)
    private long progressRecords;

    @Column(name = "counts_json", nullable = false)
    private String countsJson;

    @Column(nullable = false)
    private long requests;

    @Column(name = "rate_limited", nullable = false)
    private long rateLimited;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_kind", length = 20)
    private RunFailureKind failureKind;

    @Column(name = "failure_message", length = 2000)
    private String failureMessage;

    @Column(name = "cancel_requested", nullable = false)
    private boolean cancelRequested;

    @Column(name = "waiting_until")
    private OffsetDateTime waitingUntil;

    @Column(name = "waiting_for", length = 20)
    private String waitingFor;

    @Column(name = "waiting_message", length = 500)
    private String waitingMessage;

    @Column(name = "warnings_json", nullable = false)
    private String warningsJson = "[]";

    @Column(name = "held_json")
    private String heldJson;

    @Column(name = "preview_json")
    private String previewJson;

    @Column(name = "progress_total")
    private Long progressTotal;

    @Column(name = "progress_eta_at")
    private OffsetDateTime progressEtaAt;

    @Column(name = "lease_owner", length = 100)
    private String leaseOwner;

    @Column(name = "lease_expires_at")
    private OffsetDateTime leaseExpiresAt;

    /** The node that executes (or executed) the run; the last one after a takeover. */
    @Column(name = "node", length = 64)
    private String node;

    @Version
    private long version;

    protected SyncRun() {}

    SyncRun(long integrationId, RunTrigger trigger, RunMode mode, List<RunWarning> warnings, Instant now) {
        this.integrationId = integrationId;
        this.trigger = trigger;
        this.mode = mode;
        this.warningsJson = RunWarning.toJsonText(warnings);
        this.status = RunStatus.QUEUED;
        this.queuedAt = utc(now);
        this.countsJson = "{}";
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    public Long id() {
        return id;
    }

    public long integrationId() {
        return integrationId;
    }

    public RunStatus status() {
        return status;
    }

    public RunTrigger trigger() {
        return trigger;
    }

    /** Full or incremental; decided when the run is queued. */
    public RunMode mode() {
        return mode;
    }

    public Instant queuedAt() {
        return instant(queuedAt);
    }

    public Instant startedAt() {
        return instant(startedAt);
    }

    public Instant finishedAt() {
        return instant(finishedAt);
    }

    public String progressResource() {
        return progressResource;
    }

    public long progressPages() {
        return progressPages;
    }

    public long progressRecords() {
        return progressRecords;
    }

    public RunCounts counts() {
        return RunCounts.parse(countsJson);
    }

    public long requests() {
        return requests;
    }

    public long rateLimited() {
        return rateLimited;
    }

    public RunFailureKind failureKind() {
        return failureKind;
    }

    public String failureMessage() {
        return failureMessage;
    }

    public boolean cancelRequested() {
        return cancelRequested;
    }

    public Instant waitingUntil() {
        return instant(waitingUntil);
    }

    /** {@code rate-budget}, {@code rate-limited} or {@code retry} while the run waits, else null. */
    public String waitingFor() {
        return waitingFor;
    }

    /** A sentence naming what the run waits for, while it waits. */
    public String waitingMessage() {
        return waitingMessage;
    }

    public List<RunWarning> warnings() {
        return RunWarning.parse(warningsJson);
    }

    /** The missing marking the mass-missing guard held back (JSON text), or null when nothing was held. */
    public String heldJson() {
        return heldJson;
    }

    /** A preview's samples per outcome (JSON text), or null for other runs. */
    public String previewJson() {
        return previewJson;
    }

    /** The records the run expects to read in all, when known. */
    public Long progressTotal() {
        return progressTotal;
    }

    /** When the running run is expected to end, when known. */
    public Instant progressEtaAt() {
        return instant(progressEtaAt);
    }

    public String node() {
        return node;
    }

    public String leaseOwner() {
        return leaseOwner;
    }

    public Instant leaseExpiresAt() {
        return instant(leaseExpiresAt);
    }
}
