package io.assetbridge.platform.error;

/**
 * An integration's connector is not installed on this server (its plugin jar was removed, or failed
 * to load). Everything that needs the connector reports it this one way.
 */
public class ConnectorMissingException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public ConnectorMissingException(String type) {
        super("The connector '" + type + "' is not installed on this server; put its plugin jar into the plugins"
                + " directory and restart (GET /api/connectors/problems lists jars that failed to load).");
    }
}
