package io.assetbridge.spi;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A connector to one kind of source system (Halo ITSM, …), found with {@link java.util.ServiceLoader}
 * through {@code META-INF/services/io.assetbridge.spi.Connector}.
 *
 * <p>Lifecycle: the platform creates one instance per plugin at start-up with the public no-argument
 * constructor and keeps it for the life of the server. Every method may be called concurrently from
 * several platform threads (one sync per integration, REST requests for tests and validation), so an
 * implementation must be thread-safe. It keeps no static mutable state; per-credential state such as a
 * shared access token lives in instance fields or in the {@link ConnectorSession}. The platform calls
 * every method with the plugin's own class loader as the thread context class loader.
 *
 * <p>Failures: every method except {@link #descriptor()}, {@link #validate} and {@link #mapToCI}
 * reports a failure a user can act on by throwing {@link ConnectorException} with a
 * {@link FailureKind}. Any other exception is treated as an internal error of the connector.
 *
 * @since 0.1
 */
public interface Connector {

    /**
     * What this connector is and what it needs. Called once at load time; the result is cached. Must
     * be cheap, must not do I/O and must return the same value every time.
     *
     * @since 0.1
     */
    ConnectorDescriptor descriptor();

    /**
     * Connector-specific static checks of a configuration (URL shapes, value ranges), beyond the
     * type and required checks the platform already applies from the {@link PropertyDefinition}s.
     * No I/O. Returns every problem at once, each keyed by property name; an empty list when valid.
     *
     * @param config the configuration, secrets included; properties may be absent
     *
     * @since 0.1
     */
    default List<ConfigProblem> validate(ConnectorConfig config) {
        return List.of(); // no connector-specific rules
    }

    /**
     * The resource types a configuration enables, before any permission is known: the descriptor's
     * types minus those the configuration switches off (an opt-in type whose flag is false, say).
     * No I/O. The platform offers these in new integrations' default settings and reads no others.
     *
     * @since 0.1
     */
    default List<ResourceType> resourceTypesFor(ConnectorConfig config) {
        return descriptor().resourceTypes(); // every type, unless a connector has opt-in types
    }

    /**
     * Which properties each secret property is bound to (see {@link SecretBinding}). A secret
     * property not listed here is bound to every non-secret {@link PropertyType#URL} property. Called
     * once at load time, like {@link #descriptor()}; names must be properties of the descriptor.
     *
     * @since 0.2
     */
    default List<SecretBinding> secretBindings() {
        return List.of(); // every secret is bound to all of the connector's URL properties
    }

    /**
     * Authenticates against the source system and returns a session used by later calls.
     * Called on a platform worker thread at the start of a sync or a connection test.
     *
     * @param config  a configuration that passed {@link #validate}, secrets decrypted
     * @param context the platform services this session may use until it is closed
     * @return a thread-safe session that obtains and refreshes its own credentials
     * @throws ConnectorException with kind {@code CONFIGURATION} (wrong URL or tenant, not the
     *     expected API), {@code AUTHENTICATION} (the source rejected the credentials, whatever their
     *     style: client id and secret, API key, user name and password, token), {@code PERMISSION}
     *     (a scope or role refused), {@code RATE_LIMITED}, {@code TRANSIENT} (unreachable, 5xx) or
     *     {@code CANCELLED} (see {@link Cancellation})
     *
     * @since 0.1
     */
    ConnectorSession authenticate(ConnectorConfig config, ConnectorContext context);

    /**
     * The resource types this account can read, a subset of {@link ConnectorDescriptor#resourceTypes()}
     * narrowed by configuration and permissions. May make a few cheap requests.
     *
     * @throws ConnectorException as for {@link #authenticate}
     *
     * @since 0.1
     */
    List<ResourceType> discover(ConnectorSession session);

    /**
     * How many records a resource type holds, when the session learned it without reading the type — from
     * {@link #discover}'s probes, say. No I/O. The platform shows it as the run's expected total before the
     * type's first page arrives; {@link Page#total()} tells it again with each page.
     *
     * @since 0.1
     */
    default OptionalLong knownTotal(ConnectorSession session, String resourceType) {
        return OptionalLong.empty(); // most sources tell a total only with a page, if at all
    }

    /**
     * Reads one page of one resource type. The platform calls it repeatedly, each time with the
     * cursor of the previous page, until {@link Page#nextCursor()} is absent. A sync calls it from one
     * thread at a time per session, but calls for different resource types may overlap with
     * writes of the previous page. The connector persists nothing: everything needed to resume after
     * a crash is in the cursor, which the platform stores with each committed page.
     *
     * @throws ConnectorException with any {@link FailureKind}; {@code DATA} for a response that
     *     cannot be read, naming the resource and page
     *
     * @since 0.1
     */
    Page fetchPage(ConnectorSession session, PageRequest request);

    /**
     * Maps one source record to its canonical form, seeing the integration's configuration (a time zone
     * for a source that returns local times without an offset, say). Pure and total: no I/O, no
     * exceptions; a sparse or odd record maps to a record with absent fields. Called on platform worker
     * threads, concurrently.
     *
     * @param record a record of {@link #fetchPage}
     * @param config the configuration of the integration it was read for, as {@link #authenticate} got it
     * @since 1.0
     */
    default CanonicalRecord mapToCI(SourceRecord record, ConnectorConfig config) {
        return mapToCI(record); // connectors built against 0.x implement only the one-argument form
    }

    /**
     * Maps one source record to its canonical form as if the configuration held only defaults. Connectors
     * built against 0.x implement it, and the platform reaches it through the default of
     * {@link #mapToCI(SourceRecord, ConnectorConfig)}. A connector implements at least one of the two forms
     * (the contract suite checks it): the defaults call each other.
     *
     * @deprecated since 1.0: it cannot see the integration's configuration (time zone, field choices);
     *     implement and call {@link #mapToCI(SourceRecord, ConnectorConfig)} instead.
     * @since 0.1
     */
    @Deprecated(since = "1.0")
    default CanonicalRecord mapToCI(SourceRecord record) {
        return mapToCI(record, ConnectorConfig.of(Map.of()));
    }
}
