package io.assetbridge.halosim.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.assetbridge.halosim.SimulatorSettings;
import io.assetbridge.halosim.auth.TokenService;
import io.assetbridge.halosim.data.HaloData;
import io.assetbridge.halosim.faults.Faults;
import io.assetbridge.halosim.metrics.Counters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The single entry point: control requests go straight to {@link ControlEndpoints}; every other
 * request is counted, passed through the fault switches (rate limit first, since Halo counts every
 * request), then routed to the token endpoint or the API.
 */
public final class HaloHttpHandler implements HttpHandler {

    private final Counters counters;
    private final Faults faults;
    private final TokenEndpoint tokenEndpoint;
    private final ApiEndpoints api;
    private final ControlEndpoints control;

    public HaloHttpHandler(
            Supplier<HaloData> data,
            Supplier<SimulatorSettings> settings,
            TokenService tokens,
            Faults faults,
            Counters counters,
            ControlEndpoints control) {
        this.counters = counters;
        this.faults = faults;
        this.tokenEndpoint = new TokenEndpoint(tokens, counters);
        this.api = new ApiEndpoints(data, settings, tokens, faults);
        this.control = control;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            Route route = Route.of(ex.getRequestURI().getRawPath());
            if (route.kind() == Route.Kind.CONTROL) {
                control.handle(ex, route.id(), new Reply(ex, null));
            } else {
                serve(ex, route);
            }
        } catch (RuntimeException | IOException e) {
            failSafely(ex, e);
        } finally {
            ex.close();
        }
    }

    private void serve(HttpExchange ex, Route route) throws IOException {
        counters.begin(route.endpointKey());
        try {
            Reply reply = new Reply(ex, counters);
            Faults.Decision d = faults.decide();
            if (d.delayMillis() > 0) {
                sleep(d.delayMillis());
            }
            switch (d.kind()) {
                case RATE_LIMITED -> {
                    if (d.retryAfterSeconds() > 0) {
                        reply.header("Retry-After", Long.toString(d.retryAfterSeconds()));
                    }
                    reply.text(429, d.body());
                }
                case DROP -> {
                    counters.dropped();
                    // Closing before any response header makes the JDK server drop the connection.
                    ex.close();
                }
                case SERVER_ERROR -> reply.json(d.status(), d.body());
                case HTML ->
                    reply.html(
                            200,
                            Reply.htmlPage(
                                    "Halo",
                                    "Sign in to continue. (This page is served instead of JSON by a fault switch.)"));
                case PROCEED -> route(ex, route, reply);
            }
        } finally {
            counters.end();
        }
    }

    private void route(HttpExchange ex, Route route, Reply reply) throws IOException {
        switch (route.kind()) {
            case TOKEN -> tokenEndpoint.handle(ex, reply);
            case API -> api.handle(ex, route, reply);
            default ->
                reply.html(
                        404,
                        Reply.htmlPage(
                                "404 - File or directory not found.",
                                "The resource you are looking for might have been removed, had its name changed,"
                                        + " or is temporarily unavailable."));
        }
    }

    private void failSafely(HttpExchange ex, Exception e) {
        try {
            byte[] body = ("Simulator error: " + e).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", Reply.TEXT);
            ex.sendResponseHeaders(500, body.length);
            ex.getResponseBody().write(body);
        } catch (IOException | RuntimeException ignored) {
            // Headers were already sent or the client went away: nothing more to tell it.
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
