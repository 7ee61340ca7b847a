package io.assetbridge.platform.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A configured connection to one source system. Configuration, encrypted secrets and settings are
 * stored as JSON text; {@link IntegrationService} is the only writer and keeps them valid.
 */
@Entity
@Table(name = "integration")
public class Integration {

    @Id
    @SequenceGenerator(name = "integration_seq", sequenceName = "integration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "integration_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "connector_type", nullable = false, length = 40)
    private String connectorType;

    @Column(name = "config_json", nullable = false)
    private String configJson;

    @Column(name = "secrets_json", nullable = false)
    private String secretsJson;

    @Column(name = "settings_json", nullable = false)
    private String settingsJson;

    @Column(name = "active_run_id")
    private Long activeRunId;

    @Column(name = "next_sync_at")
    private OffsetDateTime nextSyncAt;

    /** When the settings or configuration last changed: the next run after it must be a full one. */
    @Column(name = "settings_changed_at")
    private OffsetDateTime settingsChangedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Integration() {}

    Integration(
            String name,
            String connectorType,
            String configJson,
            String secretsJson,
            String settingsJson,
            Instant now) {
        this.name = name;
        this.connectorType = connectorType;
        this.configJson = configJson;
        this.secretsJson = secretsJson;
        this.settingsJson = settingsJson;
        this.createdAt = utc(now);
        this.updatedAt = utc(now);
    }

    void reconfigure(String name, String configJson, String secretsJson, Instant now) {
        if (!configJson.equals(this.configJson) || !secretsJson.equals(this.secretsJson)) {
            this.settingsChangedAt = utc(now);
        }
        this.name = name;
        this.configJson = configJson;
        this.secretsJson = secretsJson;
        this.updatedAt = utc(now);
    }

    void changeSettings(String settingsJson, Instant now) {
        if (!settingsJson.equals(this.settingsJson)) {
            this.settingsChangedAt = utc(now);
        }
        this.settingsJson = settingsJson;
        this.updatedAt = utc(now);
    }

    public void scheduleNextSync(Instant at) {
        this.nextSyncAt = at == null ? null : utc(at);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String connectorType() {
        return connectorType;
    }

    public String configJson() {
        return configJson;
    }

    public String secretsJson() {
        return secretsJson;
    }

    public String settingsJson() {
        return settingsJson;
    }

    public Long activeRunId() {
        return activeRunId;
    }

    public Instant nextSyncAt() {
        return nextSyncAt == null ? null : nextSyncAt.toInstant();
    }

    /**
     * Whether the next run must read everything: the settings or configuration changed since the
     * last full run started (or there was none). Every run is full today; an incremental run, once
     * there is one, asks this first.
     *
     * @param lastFullRunStartedAt when the latest full run of this integration started, null if none
     */
    public boolean nextRunMustBeFull(Instant lastFullRunStartedAt) {
        return lastFullRunStartedAt == null
                || (settingsChangedAt != null && !settingsChangedAt.toInstant().isBefore(lastFullRunStartedAt));
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }
}
