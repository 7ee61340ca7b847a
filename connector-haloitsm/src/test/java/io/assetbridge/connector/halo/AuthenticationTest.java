package io.assetbridge.connector.halo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.assetbridge.halosim.HaloSimulator;
import io.assetbridge.halosim.SimulatorSettings;
import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.FailureKind;
import io.assetbridge.spi.PageRequest;
import io.assetbridge.spi.RequestMeter;
import io.assetbridge.spi.ResourceType;
import io.assetbridge.testkit.TestConnectorContext;
import io.assetbridge.testkit.VirtualClock;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Tests 1–6: each way a connection can be wrong comes back as a distinct, actionable failure. */
class AuthenticationTest {

    private static HaloSimulator simulator;
    private final HaloConnector connector = new HaloConnector();
    private final TestConnectorContext context = TestConnectorContext.virtualTime(new VirtualClock());

    @BeforeAll
    static void start() {
        simulator = HaloSimulator.start(
                SimulatorSettings.defaults().withAssets(300).withClients(5).withLicences(5));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static ConnectorException failure(Executable call) {
        return assertThrows(ConnectorException.class, call);
    }

    @Test
    void wrongClientSecretIsAnAuthenticationFailureThatNeverShowsTheSecret() {
        String wrongSecret = "wrong-secret-7f3a9";
        var e = failure(() ->
                connector.authenticate(Halo.config(simulator, c -> c.put("client-secret", wrongSecret)), context));

        assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION);
        assertThat(e.getMessage())
                .containsIgnoringCase("client id")
                .containsIgnoringCase("secret")
                .doesNotContain(wrongSecret)
                .doesNotContain(simulator.clientSecret());
    }

    @Test
    void wrongClientIdIsAnAuthenticationFailure() {
        var e = failure(() ->
                connector.authenticate(Halo.config(simulator, c -> c.put("client-id", "nobody")), context));

        assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION);
        assertThat(e.getMessage()).containsIgnoringCase("client id").doesNotContain(simulator.clientSecret());
    }

    @Test
    void wrongTenantOnASharedAuthHostIsAnAuthenticationFailureNamingTheTenant() {
        var e = failure(() ->
                connector.authenticate(Halo.config(simulator, c -> c.put("tenant", "someone-else")), context));

        assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION);
        assertThat(e.getMessage()).contains("Tenant").contains("someone-else");
        assertThat(e.property()).contains("tenant");
    }

    @Test
    void missingTenantWhereTheAuthHostNeedsOneNamesTheTenant() {
        simulator.reconfigure(s -> s.withRequireTenant(true));
        try {
            var e = failure(() -> connector.authenticate(Halo.config(simulator, c -> c.remove("tenant")), context));

            assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION);
            assertThat(e.getMessage()).contains("Tenant");
        } finally {
            simulator.reconfigure(s -> s.withRequireTenant(false));
        }
    }

    @Test
    void anAuthorisationUrlAnsweringHtmlIsAConfigurationFailure() {
        var e = failure(() -> connector.authenticate(
                Halo.config(simulator, c -> c.put("authorisation-server-url", simulator.baseUrl() + "/portal")),
                context));

        assertThat(e.kind()).isEqualTo(FailureKind.CONFIGURATION);
        assertThat(e.getMessage()).contains("not a Halo API").contains("Authorisation Server URL");
        assertThat(e.property()).contains("authorisation-server-url");
    }

    @Test
    void aResourceUrlAnsweringHtmlIsAConfigurationFailure() {
        simulator.faults().clear();
        var session = connector.authenticate(Halo.config(simulator), context);
        simulator.faults().htmlInsteadOfJson(true);
        try {
            var e = failure(() -> connector.fetchPage(session, PageRequest.first("customers", 100)));

            assertThat(e.kind()).isEqualTo(FailureKind.CONFIGURATION);
            assertThat(e.getMessage()).contains("not a Halo API").contains("Resource Server URL");
        } finally {
            simulator.faults().htmlInsteadOfJson(false);
            session.close();
        }
    }

    @Test
    void aUrlNotAnsweringIsTransientAndNamesTheHost() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String dead = "http://127.0.0.1:" + closedPort;
        var e = failure(() -> connector.authenticate(
                Halo.config(simulator, c -> {
                    c.put("authorisation-server-url", dead + "/auth");
                    c.put("resource-server-url", dead + "/api");
                }),
                context));

        assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT);
        assertThat(e.getMessage()).contains("127.0.0.1:" + closedPort);
        assertThat(e.retryAt()).isPresent();
        assertThat(context.meter().count(RequestMeter.HttpCall.Kind.TOKEN))
                .as("the first try and four bounded retries")
                .isEqualTo(5);
    }

    @Test
    void onFirstContactARefusedConnectionIsAConfigurationFailureAtOnce() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String dead = "http://127.0.0.1:" + closedPort;
        var first = TestConnectorContext.virtualTime(new VirtualClock()).asFirstContact();
        var e = failure(() -> connector.authenticate(
                Halo.config(simulator, c -> {
                    c.put("authorisation-server-url", dead + "/auth");
                    c.put("resource-server-url", dead + "/api");
                }),
                first));

        assertThat(e.kind()).isEqualTo(FailureKind.CONFIGURATION);
        assertThat(e.getMessage()).contains("127.0.0.1:" + closedPort).contains("refused the connection");
        assertThat(first.meter().count(RequestMeter.HttpCall.Kind.TOKEN))
                .as("no retries")
                .isEqualTo(1);
    }

    @Test
    void httpsPointedAtAPlainHttpPortSaysToUseHttpWithinSeconds() {
        long started = System.nanoTime();
        String https = "https://127.0.0.1:" + simulator.port();
        var first = TestConnectorContext.virtualTime(new VirtualClock()).asFirstContact();
        var e = failure(() -> connector.authenticate(
                Halo.config(simulator, c -> {
                    c.put("authorisation-server-url", https + "/auth");
                    c.put("resource-server-url", https + "/api");
                }),
                first));

        assertThat(e.kind()).isEqualTo(FailureKind.CONFIGURATION);
        assertThat(e.getMessage()).contains("answers plain http").contains("use http://");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void httpPointedAtATlsPortSaysToUseHttps() throws Exception {
        try (var tls = new TlsOnlyPort()) {
            String http = "http://127.0.0.1:" + tls.port();
            var first = TestConnectorContext.virtualTime(new VirtualClock()).asFirstContact();
            var e = failure(() -> connector.authenticate(
                    Halo.config(simulator, c -> {
                        c.put("authorisation-server-url", http + "/auth");
                        c.put("resource-server-url", http + "/api");
                    }),
                    first));

            assertThat(e.kind()).isEqualTo(FailureKind.CONFIGURATION);
            assertThat(e.getMessage()).contains("answers https").contains("use https://");
        }
    }

    @Test
    void aHostThatDoesNotExistIsAConfigurationFailureNamingIt() {
        var e = failure(() -> connector.authenticate(
                Halo.config(
                        simulator, c -> c.put("authorisation-server-url", "http://halo-does-not-exist.invalid/auth")),
                context));

        assertThat(e.kind()).isIn(FailureKind.CONFIGURATION, FailureKind.TRANSIENT);
        assertThat(e.getMessage()).contains("halo-does-not-exist.invalid");
    }

    @Test
    void aTokenSilentlyWithoutReadAssetsIsAPermissionFailureNamingIt() {
        simulator.reconfigure(s -> s.withPermissions("read:customers", "read:software"));
        try (var session = connector.authenticate(Halo.config(simulator), context)) {
            var e = failure(() -> connector.fetchPage(session, PageRequest.first("hardware", 100)));

            assertThat(e.kind()).isEqualTo(FailureKind.PERMISSION);
            assertThat(e.getMessage()).contains("read:assets");
            assertThat(connector.discover(session))
                    .extracting(ResourceType::id)
                    .as("discover narrows by permission")
                    .containsExactly("customers", "sites", "software");
        } finally {
            simulator.reconfigure(s -> s.withPermissions(SimulatorSettings.CONNECTOR_PERMISSIONS));
        }
    }

    @Test
    void scopesRefusedAtTheTokenEndpointAreLeftOutSoTheRestCanBeRead() {
        simulator.reconfigure(
                s -> s.withPermissions("read:assets", "read:customers").withRefuseUnpermittedScopes(true));
        try (var session = connector.authenticate(Halo.config(simulator), context)) {
            assertThat(connector.discover(session))
                    .extracting(ResourceType::id)
                    .as("the token lacks read:software and read:softwarelicensing, refused one at a time")
                    .containsExactly("customers", "sites", "asset-types", "hardware");
        } finally {
            simulator.reconfigure(s ->
                    s.withPermissions(SimulatorSettings.CONNECTOR_PERMISSIONS).withRefuseUnpermittedScopes(false));
        }
    }

    @Test
    void everyScopeRefusedAtTheTokenEndpointIsAPermissionFailureNamingOne() {
        simulator.reconfigure(s -> s.withPermissions("read:tickets").withRefuseUnpermittedScopes(true));
        try {
            var e = failure(() -> connector.authenticate(Halo.config(simulator), context));

            assertThat(e.kind()).isEqualTo(FailureKind.PERMISSION);
            assertThat(e.getMessage()).contains("read:assets");
        } finally {
            simulator.reconfigure(s ->
                    s.withPermissions(SimulatorSettings.CONNECTOR_PERMISSIONS).withRefuseUnpermittedScopes(false));
        }
    }

    @Test
    void aTokenWithoutReadCustomersIsAPermissionFailureNamingIt() {
        simulator.reconfigure(s -> s.withPermissions("read:assets", "read:software"));
        try (var session = connector.authenticate(Halo.config(simulator), context)) {
            var e = failure(() -> connector.fetchPage(session, PageRequest.first("customers", 100)));

            assertThat(e.kind()).isEqualTo(FailureKind.PERMISSION);
            assertThat(e.getMessage()).contains("read:customers");
            var sites = failure(() -> connector.fetchPage(session, PageRequest.first("sites", 100)));
            assertThat(sites.getMessage()).contains("read:customers");
        } finally {
            simulator.reconfigure(s -> s.withPermissions(SimulatorSettings.CONNECTOR_PERMISSIONS));
        }
    }

    @Test
    void everySessionOfOneCredentialSharesOneToken() {
        var fresh = new HaloConnector();
        long before = simulator.counters().tokenRequests();
        try (var a = fresh.authenticate(Halo.config(simulator), context);
                var b = fresh.authenticate(Halo.config(simulator), context)) {
            fresh.fetchPage(a, PageRequest.first("customers", 100));
            fresh.fetchPage(b, PageRequest.first("customers", 100));
        }
        assertThat(simulator.counters().tokenRequests() - before).isEqualTo(1);
    }
}
