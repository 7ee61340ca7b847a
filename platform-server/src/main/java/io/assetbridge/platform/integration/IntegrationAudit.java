package io.assetbridge.platform.integration;

import io.assetbridge.platform.audit.AuditLog;
import io.assetbridge.platform.json.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the integration service tells the audit log: which integration, and the names of what changed
 * — never a value of a secret property, and no configuration values at all (a name is enough to ask
 * the admin who changed it).
 */
@ApplicationScoped
class IntegrationAudit {

    private AuditLog audit;

    @Inject
    IntegrationAudit(AuditLog audit) {
        this.audit = audit;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected IntegrationAudit() {}

    void created(Integration integration) {
        audit.record(
                audit.caller(),
                "integration.created",
                target(integration),
                Map.of("name", integration.name(), "connector", integration.connectorType()));
    }

    /**
     * @param before      the integration's name and plain configuration before the change
     * @param secretsSent secret properties that came with a new value
     */
    void changed(Integration integration, String nameBefore, String configBefore, Set<String> secretsSent) {
        var changed = new ArrayList<String>();
        if (!Objects.equals(nameBefore, integration.name())) {
            changed.add("name");
        }
        changedKeys(JsonText.parse(configBefore), JsonText.parse(integration.configJson()))
                .forEach(k -> changed.add("config." + k));
        new TreeSet<>(secretsSent).forEach(k -> changed.add("config." + k));
        if (!changed.isEmpty()) {
            audit.record(
                    audit.caller(),
                    "integration.changed",
                    target(integration),
                    Map.of("name", integration.name(), "changed", changed));
        }
    }

    void deleted(Integration integration) {
        audit.record(audit.caller(), "integration.deleted", target(integration), Map.of("name", integration.name()));
    }

    void settingsChanged(Integration integration, JsonObject before, JsonObject after) {
        List<String> changed = changedKeys(before, after);
        if (!changed.isEmpty()) {
            audit.record(
                    audit.caller(),
                    "settings.changed",
                    target(integration),
                    Map.of("name", integration.name(), "changed", changed));
        }
    }

    /** Members added, removed or changed, sorted. */
    private static List<String> changedKeys(JsonObject before, JsonObject after) {
        var keys = new TreeSet<String>(before.keySet());
        keys.addAll(after.keySet());
        keys.removeIf(k -> Objects.equals(before.get(k), after.get(k)));
        return List.copyOf(keys);
    }

    private static String target(Integration integration) {
        return "integration " + integration.id();
    }
}
