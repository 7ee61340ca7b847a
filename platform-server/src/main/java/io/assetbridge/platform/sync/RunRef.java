package io.assetbridge.platform.sync;

/**
 * Which run a {@link RunObserver} hears about: ids and the connector type only, never a name, URL or
 * secret.
 */
public record RunRef(long runId, long integrationId, String connectorType) {}
