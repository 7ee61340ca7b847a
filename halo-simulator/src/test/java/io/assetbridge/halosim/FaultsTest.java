package io.assetbridge.halosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each fault switch, on and off, through the Java API and over /_sim/faults. */
class FaultsTest {

    private final HaloSimulator sim =
            HaloSimulator.start(SimulatorSettings.defaults().withAssets(500));
    private final HaloTestClient client = new HaloTestClient(sim).login(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void chosenRequestsFailWithTheChosenServerError() {
        sim.faults().serverErrorOnRequests(503, 2, 3);
        assertThat(client.get("/api/Asset?pageinate=true").status()).isEqualTo(200);
        HaloTestClient.Response failed = client.get("/api/Asset?pageinate=true");
        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.json()).containsKeys("ClassName", "Message");
        assertThat(client.get("/api/Asset?pageinate=true").status()).isEqualTo(503);
        assertThat(client.get("/api/Asset?pageinate=true").status()).isEqualTo(200);
        assertThat(sim.counters().serverErrors()).isEqualTo(2);
    }

    @Test
    void serverErrorsAtARateHitThatShareOfRequests() {
        sim.faults().serverErrors(0.5, 500);
        int failed = 0;
        for (int k = 0; k < 200; k++) {
            if (client.get("/api/Client?pageinate=true").status() == 500) {
                failed++;
            }
        }
        assertThat(failed).isBetween(70, 130);
        sim.faults().clear();
        assertThat(client.get("/api/Client?pageinate=true").status()).isEqualTo(200);
    }

    @Test
    void slowResponsesAreDelayedAndOverlapUpToTheThreadPool() throws Exception {
        sim.faults().slowResponses(Duration.ofMillis(300));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long start = System.nanoTime();
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                calls.add(pool.submit(
                        () -> client.get("/api/Asset?pageinate=true").status()));
            }
            for (Future<Integer> f : calls) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(elapsedMillis).isBetween(300L, 1100L);
        assertThat(sim.counters().maxInFlight()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void droppedConnectionsCloseWithoutAnAnswer() throws IOException {
        // The JDK client silently retries a GET once when a pooled connection dies, so drop two.
        sim.faults().dropConnectionOnRequests(1, 2);
        assertThatThrownBy(() -> client.getOrThrow("/api/Asset?pageinate=true")).isInstanceOf(IOException.class);
        assertThat(client.getOrThrow("/api/Asset?pageinate=true").status()).isEqualTo(200);
        assertThat(sim.counters().droppedConnections()).isBetween(1L, 2L);
    }

    @Test
    void droppedConnectionsAtARate() {
        sim.faults().dropConnections(1.0);
        assertThatThrownBy(() -> client.getOrThrow("/api/Site?pageinate=true")).isInstanceOf(IOException.class);
        sim.faults().dropConnections(0);
        assertThat(client.get("/api/Site?pageinate=true").status()).isEqualTo(200);
    }

    @Test
    void malformedJsonIsServedOnlyOnTheChosenPageOfTheChosenEndpoint() {
        sim.faults().malformedJson("Asset", 2);
        String page = "/api/Asset?pageinate=true&page_size=100&page_no=";
        assertThat(MiniJson.object(client.get(page + 1).body())).containsKey("assets");
        HaloTestClient.Response broken = client.get(page + 2);
        assertThat(broken.status()).isEqualTo(200);
        assertThat(broken.header("Content-Type")).startsWith("application/json");
        assertThatThrownBy(() -> MiniJson.parse(broken.body())).isInstanceOf(RuntimeException.class);
        assertThat(MiniJson.object(client.get("/api/Client?pageinate=true&page_size=10&page_no=2")
                        .body()))
                .containsKey("clients");
        sim.faults().malformedJson(null, 0);
        assertThat(MiniJson.object(client.get(page + 2).body())).containsKey("assets");
    }

    @Test
    void htmlIsServedInsteadOfJsonOnApiAndTokenRequests() {
        sim.faults().htmlInsteadOfJson(true);
        HaloTestClient.Response r = client.get("/api/Asset?pageinate=true");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.body()).startsWith("<!DOCTYPE html>");
        assertThat(client.token("", "grant_type", "client_credentials").body()).startsWith("<!DOCTYPE html>");
        sim.faults().htmlInsteadOfJson(false);
        assertThat(client.get("/api/Asset?pageinate=true").body()).startsWith("{");
    }

    @Test
    void revokingAllTokensForcesANewToken() {
        sim.faults().revokeAllTokens();
        assertThat(client.get("/api/Asset?pageinate=true").status()).isEqualTo(401);
    }

    @Test
    void faultsCanBeSetAndClearedOverHttp() {
        HaloTestClient.Response set = client.post("/_sim/faults?server-error-on=1&status=502&slow-ms=10"
                + "&malformed-endpoint=Site&malformed-page=1&html=false");
        assertThat(set.json())
                .containsEntry("malformed_endpoint", "site")
                .containsEntry("server_errors_pending", BigDecimal.ONE);
        assertThat(client.get("/api/Asset?pageinate=true").status()).isEqualTo(502);
        client.post("/_sim/faults/clear");
        assertThat(client.get("/api/Site?pageinate=true").json()).containsKey("sites");
        assertThat(client.get("/_sim/faults").json().get("slow_ms")).isEqualTo(BigDecimal.ZERO);
    }
}
