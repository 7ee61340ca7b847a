package io.assetbridge.platform.connector;

import io.assetbridge.platform.outbound.OutboundConnections;
import io.assetbridge.spi.Cancellation;
import io.assetbridge.spi.ConnectorContext;
import io.assetbridge.spi.HttpTimeouts;
import io.assetbridge.spi.OutboundHttp;
import io.assetbridge.spi.RateBudget;
import io.assetbridge.spi.RequestMeter;
import io.assetbridge.spi.Sleeper;
import io.assetbridge.spi.WaitReason;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the platform lends a connector for one sync or connection test: the server's clock and
 * sleeper, the work's cancellation flag, timeouts, the shared rate budgets and a meter for this work.
 * Every wait the connector makes through it shows on the {@link WaitDisplay}.
 */
public final class PlatformConnectorContext implements ConnectorContext {

    /** A budget a session of this work asked for, for the run's time estimate. */
    public record UsedBudget(String key, int requests, Duration window) {}

    private final Clock clock;
    private final Sleeper baseSleeper;
    private final Cancellation cancellation;
    private final HttpTimeouts timeouts;
    private final RateBudgets budgets;
    private final RequestMeter meter;
    private final OutboundHttp http;
    private final Work work;
    private final List<UsedBudget> used = new CopyOnWriteArrayList<>();
    private volatile String lastBudgetKey;

    /**
     * How the work meets its source.
     *
     * @param integrationId    whose work it is, or null
     * @param freshCredentials whether to obtain new credentials (a connection test)
     * @param firstContact     whether the integration has never reached its source
     * @param display          where waits show
     */
    public record Work(Long integrationId, boolean freshCredentials, boolean firstContact, WaitDisplay display) {

        public static final Work ANONYMOUS = new Work(null, false, false, WaitDisplay.NONE);
    }

    public PlatformConnectorContext(
            Clock clock,
            Sleeper sleeper,
            Cancellation cancellation,
            HttpTimeouts timeouts,
            RateBudgets budgets,
            RequestMeter meter,
            OutboundConnections connections,
            Work work) {
        this.clock = clock;
        this.baseSleeper = sleeper;
        this.cancellation = cancellation;
        this.timeouts = timeouts;
        this.budgets = budgets;
        this.meter = meter;
        this.http = connections.http(timeouts);
        this.work = work;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Sleeper sleeper() {
        return new ShownSleeper(baseSleeper, clock, work.display(), this::message);
    }

    @Override
    public Cancellation cancellation() {
        return cancellation;
    }

    @Override
    public HttpTimeouts timeouts() {
        return timeouts;
    }

    @Override
    public RequestMeter meter() {
        return meter;
    }

    /** Connections the outbound policy checks, address by address, when each is made. */
    @Override
    public OutboundHttp http() {
        return http;
    }

    @Override
    public boolean freshCredentials() {
        return work.freshCredentials();
    }

    @Override
    public boolean firstContact() {
        return work.firstContact();
    }

    @Override
    public RateBudget rateBudget(String key, int requests, Duration window) {
        used.add(new UsedBudget(key, requests, window));
        lastBudgetKey = key;
        Sleeper shown = new ShownSleeper(
                baseSleeper,
                clock,
                work.display(),
                reason -> "Pacing requests to stay within the rate budget: " + budgets.describe(key, requests, window)
                        + ".");
        return budgets.budget(key, requests, window, work.integrationId(), clock, shown);
    }

    /** The budgets sessions of this work asked for. */
    public List<UsedBudget> usedBudgets() {
        return List.copyOf(used);
    }

    private String message(WaitReason reason) {
        String source = lastBudgetKey == null ? "the source" : lastBudgetKey;
        return switch (reason) {
            case RATE_LIMITED ->
                source + " answered 429 (rate limit reached); every integration using it waits as long as it asked.";
            case RATE_BUDGET -> "Pacing requests to stay within the rate budget for " + source + ".";
            case RETRY -> "A request to " + source + " failed for now; it is repeated after a backoff.";
        };
    }
}
