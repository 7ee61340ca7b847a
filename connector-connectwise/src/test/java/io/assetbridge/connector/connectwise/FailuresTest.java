package io.assetbridge.connector.connectwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import io.assetbridge.cwsim.CwSimulator;
import io.assetbridge.cwsim.SimSettings;
import io.assetbridge.spi.Cancellation;
import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.spi.ConnectorContext;
import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.FailureKind;
import io.assetbridge.spi.HttpTimeouts;
import io.assetbridge.spi.OutboundHttp;
import io.assetbridge.spi.OutboundRefusedException;
import io.assetbridge.spi.OutboundRequest;
import io.assetbridge.spi.OutboundResponse;
import io.assetbridge.spi.RateBudget;
import io.assetbridge.spi.RequestMeter;
import io.assetbridge.spi.Sleeper;
import io.assetbridge.testkit.TestConnectorContext;
import io.assetbridge.testkit.VirtualSleeper;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FailuresTest {

    static CwSimulator sim;

    @BeforeAll
    static void start() {
        sim = CwSimulator.start(SimSettings.defaults().withSize(1_500, 5, 4));
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @AfterEach
    void clear() {
        Cw.control(sim, "/_sim/faults?clear=true");
    }

    private static ConnectorException connectionTest(ConnectorConfig config) {
        TestConnectorContext context = Cw.context().withFreshCredentials().asFirstContact();
        return catchThrowableOfType(ConnectorException.class, () -> Cw.CONNECTOR.authenticate(config, context));
    }

    @Test
    void eachWrongValueGetsItsOwnMessageNamingTheProperty() throws Exception {
        var keys = connectionTest(Cw.config(sim, "private-key", "not-the-key"));
        assertThat(keys.kind()).isEqualTo(FailureKind.AUTHENTICATION);
        assertThat(keys.property()).contains("public-key");
        assertThat(keys.getMessage()).contains("API keys").doesNotContain("not-the-key");

        var company = connectionTest(Cw.config(sim, "company-id", "someoneelse"));
        assertThat(company.kind()).isEqualTo(FailureKind.AUTHENTICATION);
        assertThat(company.property()).contains("company-id");
        assertThat(company.getMessage()).contains("knows no company id 'someoneelse'");

        var client = connectionTest(Cw.config(sim, "client-id", "00000000-0000-0000-0000-000000000000"));
        assertThat(client.kind()).isEqualTo(FailureKind.AUTHENTICATION);
        assertThat(client.property()).contains("client-id");
        assertThat(client.getMessage()).contains("clientId header");

        var closed = connectionTest(Cw.config(sim, "site", "http://127.0.0.1:" + closedPort()));
        assertThat(closed.kind()).isEqualTo(FailureKind.CONFIGURATION);
        assertThat(closed.property()).contains("site");
        assertThat(closed.getMessage()).contains("Cannot reach ConnectWise").contains("refused");

        assertThat(Set.of(keys.getMessage(), company.getMessage(), client.getMessage(), closed.getMessage()))
                .hasSize(4);
    }

    @Test
    void aSiteThatIsNoConnectWiseIsNamedAsTheSite() throws Exception {
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", exchange -> {
            byte[] html = "<html>Not here</html>".getBytes();
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(404, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        other.start();
        try {
            var wrong = connectionTest(Cw.config(
                    sim, "site", "http://127.0.0.1:" + other.getAddress().getPort()));
            assertThat(wrong.kind()).isEqualTo(FailureKind.CONFIGURATION);
            assertThat(wrong.property()).contains("site");
            assertThat(wrong.getMessage()).contains("does not look like a ConnectWise site");
        } finally {
            other.stop(0);
        }
    }

    @Test
    void aRoleWithoutAccessToConfigurationsIsNamedWhetherConnectWiseAnswers403Or401() {
        for (String status : new String[] {"403", "401"}) {
            Cw.control(sim, "/_sim/faults?deny=/company/configurations&deny-status=" + status);
            var test = Cw.CONNECTOR.authenticate(Cw.config(sim), Cw.context().withFreshCredentials());
            assertThat(Cw.CONNECTOR.discover(test))
                    .extracting(t -> t.id())
                    .containsExactly("customers", "sites", "asset-types");

            var sync = Cw.CONNECTOR.authenticate(Cw.config(sim), Cw.context());
            Cw.readAll(sync, "customers", null, null);
            var refused = catchThrowableOfType(
                    ConnectorException.class, () -> Cw.readAll(sync, "configurations", null, null));
            assertThat(refused.kind()).as(status).isEqualTo(FailureKind.PERMISSION);
            assertThat(refused.getMessage()).contains("Companies › Configurations (Inquire)");
        }
    }

    @Test
    void a429WithOrWithoutRetryAfterAndA503AreWaitedOutThroughTheSleeper() {
        for (String retryAfter : new String[] {"true", "false"}) {
            Cw.control(sim, "/_sim/faults?too-many=2&unavailable=1&retry-after=" + retryAfter);
            var context = Cw.context();
            var session = Cw.CONNECTOR.authenticate(Cw.config(sim), context);
            assertThat(Cw.readAll(session, "configurations", null, null)).hasSize(1_500);
            var sleeper = (VirtualSleeper) context.sleeper();
            assertThat(sleeper.waits()).hasSize(3);
            assertThat(context.meter().calls()).hasSize(1 + 3 + 2);
        }
    }

    @Test
    void aSiteTheOutboundPolicyRefusesIsNamedAndNeverContacted() {
        var direct = Cw.context().asFirstContact();
        ConnectorContext refusing = new ConnectorContext() {
            @Override
            public Clock clock() {
                return direct.clock();
            }

            @Override
            public Sleeper sleeper() {
                return direct.sleeper();
            }

            @Override
            public Cancellation cancellation() {
                return direct.cancellation();
            }

            @Override
            public HttpTimeouts timeouts() {
                return direct.timeouts();
            }

            @Override
            public RateBudget rateBudget(String key, int requests, Duration window) {
                return direct.rateBudget(key, requests, window);
            }

            @Override
            public RequestMeter meter() {
                return direct.meter();
            }

            @Override
            public OutboundHttp http() {
                return new OutboundHttp() {
                    @Override
                    public OutboundResponse send(OutboundRequest request) throws OutboundRefusedException {
                        throw new OutboundRefusedException("127.0.0.1 is a loopback address");
                    }

                    @Override
                    public Socket connect(URI url, Duration timeout) throws OutboundRefusedException {
                        throw new OutboundRefusedException("127.0.0.1 is a loopback address");
                    }
                };
            }
        };
        sim.counters().reset();
        var refused = catchThrowableOfType(
                ConnectorException.class, () -> Cw.CONNECTOR.authenticate(Cw.config(sim), refusing));
        assertThat(refused.kind()).isEqualTo(FailureKind.CONFIGURATION);
        assertThat(refused.property()).contains("site");
        assertThat(refused.getCause()).isInstanceOf(OutboundRefusedException.class);
        assertThat(sim.counters().total()).as("nothing sent").isZero();
    }

    private static int closedPort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
