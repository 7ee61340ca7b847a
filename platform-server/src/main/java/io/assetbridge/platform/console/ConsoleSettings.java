package io.assetbridge.platform.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The console's settings: how long a signed-in session may stay idle ({@code ASSETBRIDGE_CONSOLE_IDLE_MINUTES}). */
@ApplicationScoped
public class ConsoleSettings {

    private int idleMinutes;

    @Inject
    public ConsoleSettings(
            @ConfigProperty(name = "assetbridge.console.idle-minutes", defaultValue = "30") int idleMinutes) {
        if (idleMinutes < 1 || idleMinutes > 1440) {
            throw new IllegalArgumentException(
                    "ASSETBRIDGE_CONSOLE_IDLE_MINUTES must be 1 to 1440 minutes, not " + idleMinutes);
        }
        this.idleMinutes = idleMinutes;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected ConsoleSettings() {}

    /** Checked at start-up, so a wrong value stops the server with its message instead of failing sign-ins. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        idleMinutes();
    }

    public int idleMinutes() {
        return idleMinutes;
    }
}
