package io.assetbridge.platform.logging;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Switches the server log to one JSON object per line when {@code ASSETBRIDGE_LOG_FORMAT=json}
 * ({@code assetbridge.log.format}); {@code text}, the default, leaves Payara's format alone. Applied to
 * the root logger's handlers as the application starts, so the lines Payara writes before that keep its
 * own format.
 */
@ApplicationScoped
public class LogFormat {

    private static final Logger LOG = Logger.getLogger(LogFormat.class.getName());

    private final String format;

    @Inject
    public LogFormat(@ConfigProperty(name = "assetbridge.log.format", defaultValue = "text") String format) {
        this.format = format.trim().toLowerCase(Locale.ROOT);
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected LogFormat() {
        this.format = "text";
    }

    void onStart(@Observes @Priority(0) @Initialized(ApplicationScoped.class) Object event) {
        switch (format) {
            case "json" -> {
                var json = new JsonLogFormatter();
                for (Handler handler : Logger.getLogger("").getHandlers()) {
                    handler.setFormatter(json);
                }
                LOG.info("The server log is in JSON, one object per line (ASSETBRIDGE_LOG_FORMAT=json)");
            }
            case "text" -> {
                // Payara's own format
            }
            default ->
                LOG.warning("ASSETBRIDGE_LOG_FORMAT is '" + format + "'; it takes text (the default) or json."
                        + " The log stays text.");
        }
    }
}
