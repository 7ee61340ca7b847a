package io.assetbridge.halosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The rolling-window limit, driven by the injectable clock so nothing sleeps. */
class RateLimitTest {

    private final SimulatorClock clock = SimulatorClock.manual();
    private final HaloSimulator sim = HaloSimulator.start(
            SimulatorSettings.defaults().withAssets(200).withClock(clock).withRateLimit(5, 60));
    private final HaloTestClient client = new HaloTestClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void nRequestsPassTheNextIsRefusedAndTheWindowRollsOn() {
        client.login(sim); // request 1 at t=0: the token endpoint counts too
        for (int k = 2; k <= 5; k++) { // requests 2..5 at t=10, 20, 30, 40
            clock.advance(Duration.ofSeconds(10));
            assertThat(client.get("/api/Asset?pageinate=true").status())
                    .as("request %d", k)
                    .isEqualTo(200);
        }
        HaloTestClient.Response refused = client.get("/api/Asset?pageinate=true");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).isEqualTo("Rate Limit Reached - 5 Requests per rolling 1 minute window");
        assertThat(refused.header("Retry-After")).isNull();
        // The token request was made at t=0; at t=60 it leaves the window and one slot frees up.
        clock.advance(Duration.ofSeconds(20));
        assertThat(client.get("/api/Asset?pageinate=true").status()).isEqualTo(200);
        assertThat(client.get("/api/Asset?pageinate=true").status()).isEqualTo(429);
        assertThat(sim.counters().rateLimited()).isEqualTo(2);
    }

    @Test
    void theTokenEndpointIsRateLimitedToo() {
        for (int k = 0; k < 5; k++) {
            client.login(sim);
        }
        HaloTestClient.Response r = client.token("", "grant_type", "client_credentials");
        assertThat(r.status()).isEqualTo(429);
        assertThat(sim.counters().tokenRequests()).isEqualTo(6);
    }

    @Test
    void retryAfterTellsHowLongUntilASlotFrees() {
        sim.reconfigure(s -> s.withRateLimit(2, 300).withRetryAfter(true));
        client.login(sim);
        clock.advance(Duration.ofSeconds(100));
        client.get("/api/Asset?pageinate=true");
        HaloTestClient.Response r = client.get("/api/Asset?pageinate=true");
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.body()).isEqualTo("Rate Limit Reached - 2 Requests per rolling 5 minute window");
        assertThat(r.header("Retry-After")).isEqualTo("200");
    }

    @Test
    void controlRequestsAreNeverLimited() {
        for (int k = 0; k < 20; k++) {
            assertThat(client.get("/_sim/summary").status()).isEqualTo(200);
        }
        client.login(sim);
        assertThat(sim.counters().totalRequests()).isEqualTo(1);
    }

    @Test
    void theLimitCanBeSwitchedAtRuntime() {
        sim.faults().noRateLimit();
        for (int k = 0; k < 10; k++) {
            client.login(sim);
        }
        assertThat(sim.counters().rateLimited()).isZero();
        client.post("/_sim/faults?rate-limit=1&window=30");
        assertThat(client.get("/_sim/summary").status()).isEqualTo(200);
        client.login(sim);
        assertThat(client.get("/api/Site?pageinate=true").status()).isEqualTo(429);
        assertThat(client.get("/api/Site?pageinate=true").body()).endsWith("per rolling 30 second window");
    }
}
