package io.assetbridge.cwsim;

import com.sun.net.httpserver.HttpServer;
import io.assetbridge.cwsim.data.CwData;
import io.assetbridge.cwsim.http.ApiHandler;
import io.assetbridge.cwsim.http.ControlHandler;
import io.assetbridge.cwsim.http.Counters;
import io.assetbridge.cwsim.http.Faults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A running ConnectWise simulator on 127.0.0.1; close it to stop. */
public final class CwSimulator implements AutoCloseable {

    private final SimSettings settings;
    private final CwData data;
    private final Counters counters;
    private final HttpServer server;
    private final ExecutorService executor;

    private CwSimulator(
            SimSettings settings, CwData data, Counters counters, HttpServer server, ExecutorService executor) {
        this.settings = settings;
        this.data = data;
        this.counters = counters;
        this.server = server;
        this.executor = executor;
    }

    public static CwSimulator start(SimSettings settings) {
        Clock clock = Clock.systemUTC();
        var data =
                new CwData(settings.seed(), settings.configurations(), settings.companies(), settings.types(), clock);
        var counters = new Counters();
        var faults = new Faults(clock, settings.rateLimit(), settings.windowSeconds());
        try {
            HttpServer server =
                    HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 64);
            server.createContext("/", new ApiHandler(settings, data, counters, faults));
            server.createContext("/_sim/", new ControlHandler(settings, data, counters, faults));
            ExecutorService executor = Executors.newFixedThreadPool(4);
            server.setExecutor(executor);
            server.start();
            return new CwSimulator(settings, data, counters, server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The value of the connector's {@code site} property: an on-premises style URL with scheme. */
    public String site() {
        return "http://127.0.0.1:" + port();
    }

    public SimSettings settings() {
        return settings;
    }

    public CwData data() {
        return data;
    }

    public Counters counters() {
        return counters;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
