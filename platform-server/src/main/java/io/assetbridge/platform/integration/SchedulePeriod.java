package io.assetbridge.platform.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns an integration's {@code scheduleMinutes} into its next due time. The length of a "minute"
 * is configurable ({@code assetbridge.schedule.unit-seconds}, default 60) only so tests of the real
 * server need not wait minutes.
 */
@ApplicationScoped
public class SchedulePeriod {

    private long unitSeconds = 60;

    @Inject
    public SchedulePeriod(
            @ConfigProperty(name = "assetbridge.schedule.unit-seconds", defaultValue = "60") long unitSeconds) {
        this.unitSeconds = Math.max(1, unitSeconds);
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected SchedulePeriod() {}

    /** The next due time after {@code now}, or null for a manual-only integration. */
    public Instant nextAfter(Instant now, Integer scheduleMinutes) {
        return scheduleMinutes == null ? null : now.plus(Duration.ofSeconds(unitSeconds * scheduleMinutes));
    }
}
