package io.assetbridge.platform.integration;

import io.assetbridge.platform.connector.ConnectorRegistry;
import io.assetbridge.platform.connector.RegisteredConnector;
import io.assetbridge.platform.error.ConflictException;
import io.assetbridge.platform.error.NotFoundException;
import io.assetbridge.platform.error.RunActiveException;
import io.assetbridge.platform.error.Violation;
import io.assetbridge.platform.error.Violations;
import io.assetbridge.platform.inventory.InventoryVersion;
import io.assetbridge.platform.json.JsonText;
import io.assetbridge.platform.json.Jsonp;
import io.assetbridge.platform.security.SecretCipher;
import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.spi.PropertyDefinition;
import io.assetbridge.spi.ResourceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates, changes and removes integrations. Every write validates the whole input first (all
 * problems at once), encrypts secrets, and never stores half a thing.
 */
@ApplicationScoped
@Transactional
public class IntegrationService {

    private final EntityManager em;
    private final ConnectorRegistry registry;
    private final SecretCipher cipher;
    private final SchedulePeriod schedule;
    private final IntegrationAudit audit;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public IntegrationService(
            EntityManager em,
            ConnectorRegistry registry,
            SecretCipher cipher,
            SchedulePeriod schedule,
            IntegrationAudit audit) {
        this.em = em;
        this.registry = registry;
        this.cipher = cipher;
        this.schedule = schedule;
        this.audit = audit;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected IntegrationService() {
        this(null, null, null, null, null);
    }

    public List<Integration> list() {
        return em.createQuery("select i from Integration i order by i.id", Integration.class)
                .getResultList();
    }

    public Integration get(long id) {
        Integration integration = em.find(Integration.class, id);
        if (integration == null) {
            throw new NotFoundException("No integration with id " + id + " exists.");
        }
        return integration;
    }

    public Integration create(JsonObject body) {
        var v = new Violations();
        var request = IntegrationRequest.read(body, v);
        RegisteredConnector connector = connectorFor(request.connector(), v);
        Map<String, Object> values = connector == null || request.config() == null
                ? Map.of()
                : validatedConfig(connector, request.config(), Set.of(), v);
        v.throwIfAny("The integration is not valid.");
        requireUniqueName(request.name(), null);
        var now = clock.instant();
        var settings = SyncSettings.defaultsFor(
                offered(connector, ConfigValidator.withDefaults(values, connector.descriptor())));
        var integration = new Integration(
                request.name(),
                connector.type(),
                JsonText.write(SealedValues.plain(connector, values)),
                JsonText.write(SealedValues.sealed(cipher, connector, values, Map.of())),
                SettingsCodec.toJson(settings).toString(),
                now);
        integration.scheduleNextSync(schedule.nextAfter(now, settings.scheduleMinutes()));
        em.persist(integration);
        em.flush();
        audit.created(integration);
        return integration;
    }

    public Integration update(long id, JsonObject body) {
        Integration integration = get(id);
        var v = new Violations();
        var request = IntegrationRequest.read(body, v);
        if (request.connector() != null && !request.connector().equals(integration.connectorType())) {
            throw new ConflictException("An integration's connector cannot change (it is " + integration.connectorType()
                    + "); create a new integration for " + request.connector() + ".");
        }
        RegisteredConnector connector = connectorFor(integration.connectorType(), v);
        Map<String, Object> storedSecrets = JsonText.values(JsonText.parse(integration.secretsJson()));
        Map<String, Object> values = connector == null || request.config() == null
                ? Map.of()
                : validatedConfig(connector, request.config(), storedSecrets.keySet(), v);
        if (connector != null && request.config() != null && v.isEmpty()) {
            SecretBindings.check(
                    connector,
                    ConfigValidator.withDefaults(
                            JsonText.values(JsonText.parse(integration.configJson())), connector.descriptor()),
                    ConfigValidator.withDefaults(values, connector.descriptor()),
                    storedSecrets.keySet(),
                    "config.",
                    v);
        }
        v.throwIfAny("The integration is not valid.");
        requireUniqueName(request.name(), id);
        String nameBefore = integration.name();
        String configBefore = integration.configJson();
        integration.reconfigure(
                request.name(),
                JsonText.write(SealedValues.plain(connector, values)),
                JsonText.write(SealedValues.sealed(cipher, connector, values, storedSecrets)),
                clock.instant());
        em.flush();
        audit.changed(integration, nameBefore, configBefore, SealedValues.secretsSent(connector, values));
        return integration;
    }

    /**
     * {@code PATCH} (RFC 7396 merge patch): the patch is merged into the integration as a PUT would
     * send it — name, connector, non-secret config; secrets absent, so they keep their stored values —
     * and the result goes through {@link #update}, so every rule of a PUT applies unchanged.
     */
    public Integration patch(long id, JsonObject patch) {
        Integration integration = get(id);
        var v = new Violations();
        if (patch.get("config") instanceof JsonObject config) {
            config.entrySet().stream()
                    .filter(e -> e.getValue() == JsonValue.NULL
                            && secretNames(integration).contains(e.getKey()))
                    .forEach(e -> v.add(
                            "config." + e.getKey(),
                            "A secret cannot be removed; send a new value, or leave it out to keep the stored one."));
        }
        v.throwIfAny("The patch is not valid.");
        JsonObject current = Jsonp.PROVIDER
                .createObjectBuilder()
                .add("name", integration.name())
                .add("connector", integration.connectorType())
                .add("config", JsonText.parse(integration.configJson()))
                .build();
        JsonValue merged = Jsonp.PROVIDER.createMergePatch(patch).apply(current);
        if (!(merged instanceof JsonObject body)) {
            throw new IllegalStateException("A merge patch of an object with an object is an object");
        }
        return update(id, body);
    }

    private Set<String> secretNames(Integration integration) {
        return registry.find(integration.connectorType())
                .map(c -> c.descriptor().properties().stream()
                        .filter(PropertyDefinition::secret)
                        .map(PropertyDefinition::name)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    public void delete(long id) {
        Integration integration = get(id);
        if (integration.activeRunId() != null) {
            throw new RunActiveException(
                    "Integration " + id + " has a sync queued or running (run " + integration.activeRunId()
                            + "); cancel it or wait for it to finish, then delete.",
                    integration.activeRunId());
        }
        // CIs, customers, sites, asset types and runs go with it (ON DELETE CASCADE).
        em.remove(integration);
        em.flush();
        audit.deleted(integration);
        // its CIs are gone: cached listing totals and page indexes must not outlive this transaction
        em.createNativeQuery(InventoryVersion.BUMP_SQL).executeUpdate();
    }

    public SyncSettings settings(Integration integration) {
        var connector = registry.require(integration.connectorType());
        return SettingsCodec.fromStored(JsonText.parse(integration.settingsJson()), connector.descriptor());
    }

    public SyncSettings updateSettings(long id, JsonObject body) {
        Integration integration = get(id);
        SyncSettings current = settings(integration);
        SyncSettings updated = SettingsCodec.update(body, current, offered(integration), "");
        var v = new Violations();
        CustomerFilterCheck.check(em, id, current, updated, v);
        v.throwIfAny("The sync settings are not valid.");
        integration.changeSettings(SettingsCodec.toJson(updated).toString(), clock.instant());
        audit.settingsChanged(integration, SettingsCodec.toJson(current), SettingsCodec.toJson(updated));
        integration.scheduleNextSync(schedule.nextAfter(clock.instant(), updated.scheduleMinutes()));
        return updated;
    }

    /** The configuration a connector sees: stored values, decrypted secrets, defaults filled in. */
    public ConnectorConfig connectorConfig(Integration integration) {
        var connector = registry.require(integration.connectorType());
        var values = new LinkedHashMap<>(JsonText.values(JsonText.parse(integration.configJson())));
        JsonText.values(JsonText.parse(integration.secretsJson()))
                .forEach((name, encrypted) -> values.put(name, cipher.decrypt((String) encrypted)));
        return new ConnectorConfig(ConfigValidator.withDefaults(values, connector.descriptor()));
    }

    /** The resource types an integration's configuration enables (the connector decides, without I/O). */
    public List<ResourceType> offered(Integration integration) {
        var connector = registry.require(integration.connectorType());
        var config = connectorConfig(integration);
        return connector.call(c -> c.resourceTypesFor(config));
    }

    private static List<ResourceType> offered(RegisteredConnector connector, Map<String, Object> config) {
        var typed = new ConnectorConfig(config);
        return connector.call(c -> c.resourceTypesFor(typed));
    }

    /** Static validation for {@code PUT /api/connectors/{type}/validate}: field names without prefix. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Violation> validate(String type, JsonObject config) {
        var connector = registry.find(type)
                .orElseThrow(() -> new NotFoundException("No connector of type '" + type + "' is installed."));
        var v = new Violations();
        validatedConfig(connector, config, Set.of(), "", v);
        return v.list();
    }

    private Map<String, Object> validatedConfig(
            RegisteredConnector connector, JsonObject config, Set<String> storedSecrets, Violations v) {
        return validatedConfig(connector, config, storedSecrets, "config.", v);
    }

    private Map<String, Object> validatedConfig(
            RegisteredConnector connector, JsonObject config, Set<String> storedSecrets, String prefix, Violations v) {
        return ConfigValidator.validate(
                config,
                connector.descriptor(),
                storedSecrets,
                c -> connector.call(impl -> impl.validate(c)),
                prefix,
                v);
    }

    private RegisteredConnector connectorFor(String type, Violations v) {
        if (type == null) {
            return null;
        }
        var connector = registry.find(type);
        if (connector.isEmpty()) {
            v.add(
                    "connector",
                    "Unknown connector '" + type + "'; installed: "
                            + registry.all().stream()
                                    .map(RegisteredConnector::type)
                                    .toList() + ".");
        }
        return connector.orElse(null);
    }

    private void requireUniqueName(String name, Long self) {
        var clash = em
                .createQuery("select i.id from Integration i where i.name = :name", Long.class)
                .setParameter("name", name)
                .getResultList()
                .stream()
                .filter(id -> !id.equals(self))
                .findFirst();
        if (clash.isPresent()) {
            throw new ConflictException("An integration named '" + name + "' already exists (id " + clash.get() + ").");
        }
    }
}
