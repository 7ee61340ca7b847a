package io.assetbridge.platform.connector;

/**
 * A plugin jar or connector the registry skipped.
 *
 * @param source  the jar file name, or the connector class for class-path connectors
 * @param message what went wrong, as a sentence an operator can act on
 */
public record PluginProblem(String source, String message) {}
