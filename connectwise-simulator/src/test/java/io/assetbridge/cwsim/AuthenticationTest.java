package io.assetbridge.cwsim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

    static CwSimulator sim;

    @BeforeAll
    static void start() {
        sim = CwSimulator.start(SimSettings.defaults().withSize(30, 5, 3));
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void companyInfoGivesTheCodebaseWithoutAuthenticationAndIgnoresTheCompanyIdsCase() {
        var info = new Client(sim).get("/login/companyinfo/AssetBridge");
        assertThat(info.status()).isEqualTo(200);
        assertThat(info.object().getString("Codebase")).isEqualTo("v4_6_release/");
        assertThat(new Client(sim).get("/login/companyinfo/nosuchcompany").status())
                .isEqualTo(404);
    }

    @Test
    void theRightKeysAndClientIdReadTheApi() {
        var info = new Client(sim).api("/system/info");
        assertThat(info.status()).as(info.body()).isEqualTo(200);
        assertThat(info.object().getString("version")).startsWith("v2025");
    }

    @Test
    void aMissingOrUnknownClientIdIs400NamingClientId() {
        for (String clientId : new String[] {null, "00000000-0000-0000-0000-000000000000"}) {
            var answer = new Client(sim).clientId(clientId).api("/system/info");
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.object().getString("message")).contains("clientId");
        }
    }

    @Test
    void wrongKeysOrAWrongCompanyAre401() {
        SimSettings s = sim.settings();
        assertThat(new Client(sim)
                        .keys(s.companyId(), s.publicKey(), "wrong")
                        .api("/system/info")
                        .status())
                .isEqualTo(401);
        assertThat(new Client(sim)
                        .keys(s.companyId(), "wrong", s.privateKey())
                        .api("/system/info")
                        .status())
                .isEqualTo(401);
        var otherCompany =
                new Client(sim).keys("other", s.publicKey(), s.privateKey()).api("/system/info");
        assertThat(otherCompany.status()).isEqualTo(401);
        assertThat(otherCompany.object().getString("code")).isEqualTo("Unauthorized");
    }

    @Test
    void aPathOutsideTheCodebaseIsTheWebServersHtml404() {
        var answer = new Client(sim).get("/v2019_5/apis/3.0/system/info");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
    }

    @Test
    void aRoleWithoutAccessIs403OrTheConfigured401ForThatEndpointOnly() {
        var client = new Client(sim);
        try {
            client.post("/_sim/faults?deny=/company/configurations");
            assertThat(client.api("/company/configurations").status()).isEqualTo(403);
            assertThat(client.api("/company/configurations/count").status()).isEqualTo(403);
            assertThat(client.api("/company/companies").status()).isEqualTo(200);
            client.post("/_sim/faults?deny=/company/configurations&deny-status=401");
            assertThat(client.api("/company/configurations").status()).isEqualTo(401);
        } finally {
            client.post("/_sim/faults?clear=true");
        }
    }
}
