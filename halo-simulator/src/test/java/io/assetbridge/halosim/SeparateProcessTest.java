package io.assetbridge.halosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The standalone server: flags, banner, and every control driven over /_sim/. */
class SeparateProcessTest {

    private static ForkedSimulator sim;
    private static HaloTestClient client;

    @BeforeAll
    static void start() throws Exception {
        sim = new ForkedSimulator(
                List.of("-Xmx128m"),
                "--port",
                "0",
                "--assets",
                "321",
                "--clients",
                "7",
                "--sites-per-client",
                "2",
                "--asset-types",
                "4",
                "--licences",
                "9",
                "--inactive-ratio",
                "0",
                "--seed",
                "5",
                "--tenant",
                "acme",
                "--client-id",
                "cid",
                "--client-secret",
                "csecret",
                "--permissions",
                "read:assets read:customers",
                "--token-ttl",
                "120",
                "--rate-limit",
                "1000",
                "--window",
                "60",
                "--modified-since-filter");
        client = new HaloTestClient(sim.baseUrl());
    }

    @AfterAll
    static void stop() throws Exception {
        sim.close();
    }

    private static void login() {
        HaloTestClient.Response r = client.token(
                "?tenant=acme",
                "grant_type",
                "client_credentials",
                "client_id",
                "cid",
                "client_secret",
                "csecret",
                "scope",
                "all");
        assertThat(r.status()).isEqualTo(200);
        client.useToken((String) r.json().get("access_token"));
    }

    @Test
    void theBannerPrintsEverySettingAndTheFiveValuesThenTheReadyLine() {
        String banner = String.join("\n", sim.banner());
        assertThat(banner)
                .contains(
                        "--assets",
                        "321",
                        "--rate-limit",
                        "1000",
                        "--window",
                        "60",
                        "--token-ttl",
                        "120",
                        "--permissions",
                        "read:assets read:customers",
                        "--seed",
                        "5");
        assertThat(banner)
                .contains("Resource Server URL       http://127.0.0.1:" + sim.port() + "/api")
                .contains("Authorisation Server URL  http://127.0.0.1:" + sim.port() + "/auth")
                .contains("Tenant                    acme")
                .contains("Client ID                 cid")
                .contains("Client Secret             csecret");
        assertThat(sim.banner().get(sim.banner().size() - 1)).isEqualTo("Halo simulator ready on port " + sim.port());
    }

    @Test
    void itServesTheConfiguredDataAndPermissions() {
        login();
        assertThat(client.get("/api/Asset?pageinate=true").recordCount()).isEqualTo(321);
        assertThat(MiniJson.array(client.get("/api/AssetType").body())).hasSize(4);
        assertThat(client.get("/api/Site?pageinate=true&includeinactive=true").recordCount())
                .isEqualTo(14);
        assertThat(client.get("/api/SoftwareLicence?pageinate=true").status()).isEqualTo(403);
    }

    @Test
    void theSummaryReportsTotals() {
        Map<String, Object> s = client.get("/_sim/summary").json();
        assertThat(s.get("assets")).isEqualTo(BigDecimal.valueOf(321));
        assertThat(s.get("clients")).isEqualTo(BigDecimal.valueOf(7));
        assertThat(s.get("asset_types")).isEqualTo(BigDecimal.valueOf(4));
        assertThat(s.get("licences")).isEqualTo(BigDecimal.valueOf(9));
        assertThat(s.toString()).doesNotContain("csecret");
    }

    @Test
    void theClockCanBeAdvancedSoTokensExpire() {
        login();
        assertThat(client.get("/api/Client?pageinate=true").status()).isEqualTo(200);
        client.post("/_sim/clock?advance=121");
        assertThat(client.get("/api/Client?pageinate=true").status()).isEqualTo(401);
    }

    @Test
    void settingsCanBeChangedAtRuntime() {
        client.post("/_sim/settings?permissions=read:assets%20read:customers%20read:software");
        login();
        assertThat(client.get("/api/SoftwareLicence?pageinate=true").status()).isEqualTo(200);
        client.post("/_sim/settings?permissions=read:assets%20read:customers");
    }

    @Test
    void canonicalValuesAreAvailableForSpotChecks() {
        login();
        Map<String, Object> expected = client.get("/_sim/assets/42").json();
        Map<String, Object> served =
                client.get("/api/Asset/42?includedetails=true").json();
        assertThat(served.get("key_field")).isEqualTo(expected.get("name"));
        assertThat(served.get("client_name")).isEqualTo(expected.get("client_name"));
        assertThat(served.get("dlastupdate")).isEqualTo(expected.get("lastupdate"));
        assertThat(served.toString()).contains((String) expected.get("serial_number"));
        assertThat(client.get("/_sim/clients/1").json()).containsKeys("name", "inactive");
    }

    @Test
    void memoryIsReportedForHeapChecks() {
        Map<String, Object> m = client.get("/_sim/memory?gc=true").json();
        assertThat(((Number) m.get("heap_used")).longValue()).isPositive();
        assertThat(((Number) m.get("heap_max")).longValue()).isLessThanOrEqualTo(128L * 1024 * 1024);
    }
}
