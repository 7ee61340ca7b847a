package io.assetbridge.halosim;

import com.sun.net.httpserver.HttpServer;
import io.assetbridge.halosim.auth.TokenService;
import io.assetbridge.halosim.data.DataShape;
import io.assetbridge.halosim.data.HaloData;
import io.assetbridge.halosim.faults.Faults;
import io.assetbridge.halosim.http.ControlEndpoints;
import io.assetbridge.halosim.http.HaloHttpHandler;
import io.assetbridge.halosim.metrics.Counters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A running Halo simulator. Start one per test class (or per test) with
 * {@code HaloSimulator.start(SimulatorSettings.defaults().withAssets(500))} in a try-with-resources
 * block; point the code under test at {@link #resourceServerUrl()},
 * {@link #authorisationServerUrl()}, {@link #tenant()}, {@link #clientId()} and
 * {@link #clientSecret()}; steer it through {@link #data()}, {@link #faults()} and
 * {@link #counters()}.
 */
public final class HaloSimulator implements AutoCloseable {

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle plus the
        // client's delayed ACK stalls every small response by ~40 ms. Read once, at first use.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private volatile SimulatorSettings settings;
    private volatile HaloData data;
    private final SimulatorClock clock;
    private final TokenService tokens;
    private final Faults faults;
    private final Counters counters = new Counters();
    private final HttpServer server;
    private final ExecutorService executor;

    private HaloSimulator(SimulatorSettings settings) throws IOException {
        this.settings = settings;
        this.clock = settings.clock();
        this.data = new HaloData(shapeOf(settings), clock);
        this.tokens = new TokenService(() -> this.settings, clock);
        this.faults = new Faults(clock, settings.seed(), tokens::revokeAll);
        applyRateLimit(settings);
        this.executor = Executors.newFixedThreadPool(settings.threads(), daemonThreads());
        this.server = HttpServer.create(new InetSocketAddress(settings.bindAddress(), settings.port()), 128);
        server.createContext(
                "/",
                new HaloHttpHandler(
                        () -> this.data, () -> this.settings, tokens, faults, counters, new ControlEndpoints(this)));
        server.setExecutor(executor);
        server.start();
    }

    /** Generates the data set and starts serving; port 0 picks a free port (see {@link #port()}). */
    public static HaloSimulator start(SimulatorSettings settings) {
        try {
            return new HaloSimulator(settings);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Halo simulator on port " + settings.port(), e);
        }
    }

    /** Starts with {@link SimulatorSettings#defaults()}. */
    public static HaloSimulator start() {
        return start(SimulatorSettings.defaults());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String baseUrl() {
        String host = settings.bindAddress();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        }
        return "http://" + host + ":" + port();
    }

    /** Halo's "Resource Server URL": {@code http://127.0.0.1:PORT/api}. */
    public String resourceServerUrl() {
        return baseUrl() + "/api";
    }

    /** Halo's "Authorisation Server URL": {@code http://127.0.0.1:PORT/auth} (token at {@code /token}). */
    public String authorisationServerUrl() {
        return baseUrl() + "/auth";
    }

    /** The token endpoint, {@code http://127.0.0.1:PORT/auth/token} (add {@code ?tenant=} as Halo clients do). */
    public String tokenUrl() {
        return authorisationServerUrl() + "/token";
    }

    public String tenant() {
        return settings.tenant();
    }

    public String clientId() {
        return settings.clientId();
    }

    public String clientSecret() {
        return settings.clientSecret();
    }

    public SimulatorSettings settings() {
        return settings;
    }

    public HaloData data() {
        return data;
    }

    public Faults faults() {
        return faults;
    }

    public Counters counters() {
        return counters;
    }

    public SimulatorClock clock() {
        return clock;
    }

    /**
     * Applies new settings without a restart. Credentials, permissions, token lifetime, tenant
     * rules and flags take effect for the next request; a changed rate limit replaces the current
     * one; a changed data shape (counts, seed, ratio) regenerates the data and drops mutations.
     * The port, bind address, thread count and clock stay as started.
     */
    public synchronized HaloSimulator reconfigure(SimulatorSettings next) {
        SimulatorSettings previous = settings;
        SimulatorSettings kept = next.withPort(previous.port())
                .withBindAddress(previous.bindAddress())
                .withThreads(previous.threads())
                .withClock(clock);
        if (!kept.sameDataShape(previous)) {
            data = new HaloData(shapeOf(kept), clock);
        }
        settings = kept;
        if (kept.rateLimit() != previous.rateLimit()
                || kept.rateWindowSeconds() != previous.rateWindowSeconds()
                || kept.retryAfter() != previous.retryAfter()) {
            applyRateLimit(kept);
        }
        return this;
    }

    public HaloSimulator reconfigure(UnaryOperator<SimulatorSettings> change) {
        return reconfigure(change.apply(settings));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void applyRateLimit(SimulatorSettings s) {
        faults.rateLimit(s.rateLimit(), Duration.ofSeconds(s.rateWindowSeconds()), s.retryAfter());
    }

    private static DataShape shapeOf(SimulatorSettings s) {
        return new DataShape(
                s.assets(), s.clients(), s.sitesPerClient(), s.assetTypes(), s.licences(), s.inactiveRatio(), s.seed());
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "halo-sim-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
