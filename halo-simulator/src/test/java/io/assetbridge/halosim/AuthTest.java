package io.assetbridge.halosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The token endpoint's answers and how tokens and permissions gate the API. */
class AuthTest {

    private final SimulatorClock clock = SimulatorClock.manual();
    private HaloSimulator sim =
            HaloSimulator.start(SimulatorSettings.defaults().withAssets(300).withClock(clock));
    private final HaloTestClient client = new HaloTestClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    private HaloTestClient.Response token(String query, String scope) {
        return client.token(
                query,
                "grant_type",
                "client_credentials",
                "client_id",
                sim.clientId(),
                "client_secret",
                sim.clientSecret(),
                "scope",
                scope);
    }

    @Test
    void aValidRequestGetsABearerTokenWithEveryPermittedScopeForAll() {
        HaloTestClient.Response r = token("?tenant=assetbridge", "all");
        assertThat(r.status()).isEqualTo(200);
        Map<String, Object> json = r.json();
        assertThat(json.get("token_type")).isEqualTo("Bearer");
        assertThat(((Number) json.get("expires_in")).intValue()).isEqualTo(3600);
        assertThat(json.get("scope")).isEqualTo("read:assets read:customers read:software read:softwarelicensing");
        assertThat(json).containsKeys("access_token", "refresh_token");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void theTenantMayBeLeftOutUnlessRequired() {
        assertThat(token("", "all").status()).isEqualTo(200);
        sim.reconfigure(s -> s.withRequireTenant(true));
        HaloTestClient.Response r = token("", "all");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error")).isEqualTo("invalid_request");
    }

    @Test
    void aWrongTenantIs400InvalidRequest() {
        HaloTestClient.Response r = token("?tenant=someone-else", "all");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error")).isEqualTo("invalid_request");
        assertThat((String) r.json().get("error_description")).contains("tenant");
    }

    @Test
    void aWrongSecretIs401InvalidClient() {
        HaloTestClient.Response r = client.token(
                "",
                "grant_type",
                "client_credentials",
                "client_id",
                sim.clientId(),
                "client_secret",
                "wrong",
                "scope",
                "all");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json()).containsEntry("error", "invalid_client").containsKey("error_description");
        assertThat(r.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void aWrongClientIdIs401InvalidClient() {
        HaloTestClient.Response r = client.token(
                "",
                "grant_type",
                "client_credentials",
                "client_id",
                "nobody",
                "client_secret",
                sim.clientSecret(),
                "scope",
                "all");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("error")).isEqualTo("invalid_client");
    }

    @Test
    void anotherGrantTypeIs400UnsupportedGrantType() {
        HaloTestClient.Response r = client.token(
                "",
                "grant_type",
                "password",
                "client_id",
                sim.clientId(),
                "client_secret",
                sim.clientSecret(),
                "scope",
                "all");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error")).isEqualTo("unsupported_grant_type");
    }

    @Test
    void eachMissingFieldIs400InvalidRequestNamingTheField() {
        String[][] forms = {
            {"client_id", sim.clientId(), "client_secret", sim.clientSecret(), "scope", "all"},
            {"grant_type", "client_credentials", "client_secret", sim.clientSecret(), "scope", "all"},
            {"grant_type", "client_credentials", "client_id", sim.clientId(), "scope", "all"},
            {"grant_type", "client_credentials", "client_id", sim.clientId(), "client_secret", sim.clientSecret()}
        };
        String[] missing = {"grant_type", "client_id", "client_secret", "scope"};
        for (int k = 0; k < forms.length; k++) {
            HaloTestClient.Response r = client.token("", forms[k]);
            assertThat(r.status()).as(missing[k]).isEqualTo(400);
            assertThat(r.json().get("error")).isEqualTo("invalid_request");
            assertThat((String) r.json().get("error_description")).contains("'" + missing[k] + "'");
        }
    }

    @Test
    void anUnknownScopeIs400InvalidScope() {
        HaloTestClient.Response r = token("", "read:assets read:users");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error")).isEqualTo("invalid_scope");
    }

    @Test
    void aScopeTheApplicationLacksIsSilentlyLeftOutOfTheToken() {
        sim.reconfigure(s -> s.withPermissions("read:assets"));
        HaloTestClient.Response r = token("", "read:assets read:customers");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("scope")).isEqualTo("read:assets");
    }

    @Test
    void aScopeTheApplicationLacksIsRefusedWhenConfiguredTo() {
        sim.reconfigure(s -> s.withPermissions("read:assets").withRefuseUnpermittedScopes(true));
        HaloTestClient.Response r = token("", "read:assets read:customers");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error")).isEqualTo("invalid_scope");
        assertThat((String) r.json().get("error_description")).contains("read:customers");
    }

    @Test
    void theTokenEndpointWantsPostWithAForm() {
        HaloTestClient.Response r = client.get("/auth/token");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error")).isEqualTo("invalid_request");
    }

    @Test
    void apiCallsWithoutATokenOrWithAnUnknownOneAre401() {
        HaloTestClient anonymous = new HaloTestClient(sim);
        HaloTestClient.Response r = anonymous.get("/api/Asset?pageinate=true");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
        anonymous.useToken("made-up");
        assertThat(anonymous.get("/api/Asset?pageinate=true").status()).isEqualTo(401);
        assertThat(sim.counters().unauthorized()).isEqualTo(2);
    }

    @Test
    void aTokenExpiresAfterItsLifetime() {
        sim.reconfigure(s -> s.withTokenTtlSeconds(60));
        client.login(sim);
        assertThat(client.get("/api/Asset?pageinate=true").status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(59));
        assertThat(client.get("/api/Asset?pageinate=true").status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(1));
        assertThat(client.get("/api/Asset?pageinate=true").status()).isEqualTo(401);
    }

    @Test
    void revokedTokensAre401AndANewTokenWorks() {
        client.login(sim);
        assertThat(client.get("/api/Client?pageinate=true").status()).isEqualTo(200);
        assertThat(sim.faults().revokeAllTokens()).isEqualTo(1);
        assertThat(client.get("/api/Client?pageinate=true").status()).isEqualTo(401);
        client.login(sim);
        assertThat(client.get("/api/Client?pageinate=true").status()).isEqualTo(200);
        assertThat(client.post("/_sim/revoke-tokens").json().get("revoked")).isEqualTo(BigDecimal.ONE);
        assertThat(client.get("/api/Client?pageinate=true").status()).isEqualTo(401);
    }

    @Test
    void withOneTokenPerClientANewTokenInvalidatesTheOldOne() {
        sim.reconfigure(s -> s.withOneTokenPerClient(true));
        client.login(sim);
        String first = client.token();
        HaloTestClient other = new HaloTestClient(sim).login(sim);
        assertThat(other.get("/api/Site?pageinate=true").status()).isEqualTo(200);
        client.useToken(first);
        assertThat(client.get("/api/Site?pageinate=true").status()).isEqualTo(401);
    }

    @Test
    void assetsNeedReadAssets() {
        assertForbidden("read:customers read:software", "/api/Asset?pageinate=true", "read:assets");
        assertForbidden("read:customers", "/api/Asset/1", "read:assets");
    }

    @Test
    void assetTypesNeedReadAssets() {
        assertForbidden("read:customers", "/api/AssetType", "read:assets");
    }

    @Test
    void clientsNeedReadCustomers() {
        assertForbidden("read:assets", "/api/Client?pageinate=true", "read:customers");
    }

    @Test
    void sitesNeedReadCustomers() {
        assertForbidden("read:assets", "/api/Site?pageinate=true", "read:customers");
    }

    @Test
    void licencesNeedReadSoftwareOrReadSoftwareLicensing() {
        assertForbidden("read:assets read:customers", "/api/SoftwareLicence?pageinate=true", "read:softwarelicensing");
        client.login(sim, "read:software");
        assertThat(client.get("/api/SoftwareLicence?pageinate=true").status()).isEqualTo(200);
        client.login(sim, "read:softwarelicensing");
        assertThat(client.get("/api/SoftwareLicence?pageinate=true").status()).isEqualTo(200);
    }

    @Test
    void aPermissionMissingFromTheApplicationSurfacesAs403Later() {
        sim.reconfigure(s -> s.withPermissions("read:assets"));
        client.login(sim, "all");
        assertThat(client.get("/api/Asset?pageinate=true").status()).isEqualTo(200);
        assertThat(client.get("/api/Client?pageinate=true").status()).isEqualTo(403);
    }

    private void assertForbidden(String scope, String path, String permission) {
        client.login(sim, scope);
        HaloTestClient.Response r = client.get(path);
        assertThat(r.status()).as(path).isEqualTo(403);
        assertThat((String) r.json().get("Message")).contains(permission);
    }
}
