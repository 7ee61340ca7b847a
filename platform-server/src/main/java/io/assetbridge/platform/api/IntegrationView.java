package io.assetbridge.platform.api;

import io.assetbridge.platform.integration.Integration;
import io.assetbridge.platform.integration.SettingsCodec;
import io.assetbridge.platform.integration.SyncSettings;
import io.assetbridge.platform.json.JsonText;
import io.assetbridge.platform.sync.SyncRun;
import io.assetbridge.spi.ConnectorDescriptor;
import io.assetbridge.spi.PropertyDefinition;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An integration as the API shows it: non-secret config, whether each secret is set, never its value;
 * {@code nextRunAt} is when its schedule next queues a sync (null without a schedule); {@code held} the
 * missing marking the mass-missing guard holds for it.
 */
public record IntegrationView(
        long id,
        String name,
        String connector,
        Map<String, Object> config,
        Map<String, SecretState> secrets,
        JsonObject settings,
        Instant createdAt,
        Instant updatedAt,
        Object lastSync,
        HoldView held,
        Instant nextRunAt) {

    /** The missing marking the guard holds for the integration, until an admin releases it. */
    public record HoldView(long runId, long missing, double threshold) {

        /** The hold of the integration's latest succeeded run, if it is not released; else null. */
        static HoldView of(SyncRun run) {
            if (run == null || run.heldJson() == null) {
                return null;
            }
            JsonObject held = JsonText.parse(run.heldJson());
            if (!held.isNull("releasedAt")) {
                return null;
            }
            return new HoldView(
                    run.id(),
                    held.getJsonNumber("missing").longValue(),
                    held.getJsonNumber("threshold").doubleValue());
        }
    }

    /** Only whether a secret has a value. */
    public record SecretState(boolean set) {}

    static IntegrationView of(
            Integration i, ConnectorDescriptor descriptor, SyncSettings settings, Object lastSync, SyncRun heldRun) {
        var stored = JsonText.values(JsonText.parse(i.secretsJson())).keySet();
        var secrets = new LinkedHashMap<String, SecretState>();
        descriptor.properties().stream()
                .filter(PropertyDefinition::secret)
                .forEach(p -> secrets.put(p.name(), new SecretState(stored.contains(p.name()))));
        return new IntegrationView(
                i.id(),
                i.name(),
                i.connectorType(),
                JsonText.values(JsonText.parse(i.configJson())),
                secrets,
                SettingsCodec.toJson(settings),
                i.createdAt(),
                i.updatedAt(),
                lastSync,
                HoldView.of(heldRun),
                i.nextSyncAt());
    }
}
