package io.assetbridge.platform.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.assetbridge.spi.HttpTimeouts;
import io.assetbridge.spi.OutboundRefusedException;
import io.assetbridge.spi.OutboundRequest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The connect-time check: a refused address is never connected to, whatever name led to it. */
class OutboundConnectionsTest {

    private static final HttpTimeouts TIMEOUTS = new HttpTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI url(String host) {
        return URI.create("http://" + host + ":" + server.getAddress().getPort() + "/api/Asset?x=1");
    }

    @Test
    void anAllowedAddressIsConnectedAndAnswered() throws Exception {
        var http = new OutboundConnections(OutboundPolicy.defaults()).http(TIMEOUTS);
        var reply = http.send(OutboundRequest.get(url("127.0.0.1"), Map.of()));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(new String(reply.body(), StandardCharsets.UTF_8)).isEqualTo("{\"ok\":true}");
        assertThat(reply.header("content-type")).contains("application/json");
    }

    @Test
    void aNameResolvingToADeniedAddressIsRefusedWithoutConnecting() {
        var connections = new OutboundConnections(OutboundPolicy.of("", "127.0.0.0/8 ::1"));
        assertThatThrownBy(() -> connections.http(TIMEOUTS).send(OutboundRequest.get(url("localhost"), Map.of())))
                .isInstanceOf(OutboundRefusedException.class)
                .hasMessageContaining("ASSETBRIDGE_OUTBOUND_DENY");
        assertThatThrownBy(() -> connections.http(TIMEOUTS).connect(url("127.0.0.1"), Duration.ofSeconds(1)))
                .isInstanceOf(OutboundRefusedException.class);
        assertThat(requests).hasValue(0);
    }

    @Test
    void metadataAddressesAreRefusedAtOnce() {
        var connections = new OutboundConnections(OutboundPolicy.defaults());
        long started = System.nanoTime();
        assertThatThrownBy(() -> connections.dial("169.254.169.254", 80, Duration.ofSeconds(10)))
                .isInstanceOf(OutboundRefusedException.class)
                .hasMessageContaining("never allowed");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(connections.refusal("169.254.169.254")).isPresent();
        assertThat(connections.refusal("127.0.0.1")).isEmpty();
    }
}
