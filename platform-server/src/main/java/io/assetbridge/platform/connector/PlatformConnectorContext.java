package io.assetbridge.platform.connector;

import io.assetbridge.spi.Cancellation;
import io.assetbridge.spi.ConnectorContext;
import io.assetbridge.spi.HttpTimeouts;
import io.assetbridge.spi.RateBudget;
import io.assetbridge.spi.RequestMeter;
import io.assetbridge.spi.Sleeper;
import io.assetbridge.spi.support.PacedRateBudget;
import java.time.Clock;
import java.time.Duration;

/**
 * What the platform lends a connector for one sync or connection test: the server's clock and
 * sleeper, the work's cancellation flag, timeouts, the shared rate budgets and a meter for this work.
 */
public record PlatformConnectorContext(
        Clock clock,
        Sleeper sleeper,
        Cancellation cancellation,
        HttpTimeouts timeouts,
        RateBudgets budgets,
        RequestMeter meter)
        implements ConnectorContext {

    @Override
    public RateBudget rateBudget(String key, int requests, Duration window) {
        return new PacedRateBudget(budgets.limiter(key, requests, window), clock, sleeper);
    }
}
