package io.assetbridge.cwsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class ControlsTest {

    @Test
    void mutateAnswersTheAffectedIdsDeterministicallyAndBumpsLastUpdated() {
        JsonObject first;
        JsonObject second;
        try (var a = CwSimulator.start(SimSettings.defaults().withSize(1_000, 10, 4));
                var b = CwSimulator.start(SimSettings.defaults().withSize(1_000, 10, 4))) {
            first = new Client(a).post("/_sim/mutate?delete=10&rename=5&add=7").object();
            second = new Client(b).post("/_sim/mutate?delete=10&rename=5&add=7").object();
            assertThat(new Client(a)
                            .api("/company/configurations?pageSize=1000&page=1&fields=id,name,serialNumber")
                            .body())
                    .as("same seed, same rows and changes")
                    .isEqualTo(new Client(b)
                            .api("/company/configurations?pageSize=1000&page=1&fields=id,name,serialNumber")
                            .body());

            var client = new Client(a);
            var changed = client.api(
                    "/company/configurations?pageSize=1000&conditions=lastUpdated%20%3E%20%5B2026-01-01T00:00:00Z%5D",
                    true);
            assertThat(changed.json().asJsonArray()).hasSize(12);
            assertThat(client.get("/_sim/counters")
                            .object()
                            .getJsonObject("totals")
                            .getInt("configurations"))
                    .isEqualTo(997);
            int renamed = first.getJsonArray("renamed").getInt(0);
            assertThat(client.get("/_sim/configurations/" + renamed).object().getString("name"))
                    .endsWith("(renamed 1)");
            int deleted = first.getJsonArray("deleted").getInt(0);
            assertThat(client.get("/_sim/configurations/" + deleted).status()).isEqualTo(404);
        }
        assertThat(first).isEqualTo(second);
        assertThat(first.getJsonArray("deleted")).hasSize(10);
        assertThat(first.getJsonArray("renamed")).hasSize(5);
        assertThat(first.getJsonArray("added").getInt(0)).isEqualTo(1_001);
    }

    @Test
    void countersGiveRequestsPerEndpointAndTheTotalsInExactlyTheDocumentedShape() {
        try (var sim = CwSimulator.start(SimSettings.defaults().withSize(100, 3, 2))) {
            var client = new Client(sim);
            client.get("/login/companyinfo/assetbridge");
            client.api("/company/configurations");
            client.api("/company/configurations");
            client.api("/company/companies/2/sites");
            JsonObject counters = client.get("/_sim/counters").object();
            assertThat(counters.keySet()).containsExactly("requests", "totals");
            assertThat(counters.getJsonObject("requests").getInt("/company/configurations"))
                    .isEqualTo(2);
            assertThat(counters.getJsonObject("requests").getInt("/login/companyinfo"))
                    .isEqualTo(1);
            assertThat(counters.getJsonObject("requests").getInt("/company/companies/{id}/sites"))
                    .isEqualTo(1);
            assertThat(counters.getJsonObject("totals").toString())
                    .isEqualTo("{\"companies\":3,\"configurations\":100,\"types\":2}");
            client.post("/_sim/counters/reset");
            assertThat(client.get("/_sim/counters").object().getJsonObject("requests"))
                    .isEmpty();
        }
    }

    @Test
    void rateLimitAnswers429WithOrWithoutRetryAfterAndUnavailableAnswers503() {
        try (var sim =
                CwSimulator.start(SimSettings.parse("--rate-limit", "2", "--window", "60", "--configurations", "10"))) {
            var client = new Client(sim);
            assertThat(client.api("/system/info").status()).isEqualTo(200);
            assertThat(client.api("/system/info").status()).isEqualTo(200);
            var limited = client.api("/system/info");
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("Retry-After")).isNotNull();
            client.post("/_sim/faults?retry-after=false");
            assertThat(client.api("/system/info").header("Retry-After")).isNull();
            client.post("/_sim/faults?clear=true&rate-limit=0&unavailable=1");
            assertThat(client.api("/system/info").status()).isEqualTo(503);
            assertThat(client.api("/system/info").status()).isEqualTo(200);
        }
    }

    @Test
    void badFlagsAreRefusedWithTheirName() {
        assertThatThrownBy(() -> SimSettings.parse("--configurations", "many")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> SimSettings.parse("--colour", "red")).hasMessageContaining("--colour");
    }
}
