package io.assetbridge.platform.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.spi.RequestMeter.HttpCall;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveRunTest {

    private Instant now = Instant.parse("2026-11-29T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final List<String> heard = new ArrayList<>();
    private final RunObserver recorder = new RunObserver() {
        @Override
        public void requested(RunRef run, HttpCall call) {
            heard.add("run " + run.runId() + " requested " + call.status());
        }

        @Override
        public void waited(RunRef run, String reason, Duration waited) {
            heard.add("run " + run.runId() + " waited " + reason + " " + waited);
        }
    };
    private final RunObservers observers = new RunObservers(
            List.of(recorder, new RunObserver() {
                @Override
                public void requested(RunRef run, HttpCall call) {
                    throw new IllegalStateException("a broken observer never stops the others");
                }
            }),
            null,
            null);

    @Test
    void requestsAndWaitsAreCountedAndReportedOnceTheRunIsWatched() throws Exception {
        var live = new LiveRun(10, 1, clock);
        live.meter().record(call(200));
        assertThat(heard).as("not watched yet").isEmpty();

        live.watch(new RunRef(7, 3, "haloitsm"), observers);
        live.meter().record(call(429));
        live.waiting(now.plusSeconds(30), "rate-limited", "Halo asked to wait");
        now = now.plusSeconds(12);
        live.done();
        live.waiting(now.plusSeconds(5), "retry", "again");
        now = now.plusSeconds(60);
        live.done();

        assertThat(heard)
                .containsExactly("run 7 requested 429", "run 7 waited rate-limited PT12S", "run 7 waited retry PT5S");
        assertThat(live.cost()).isEqualTo(new RunCost(12, 2));
    }

    private static HttpCall call(int status) {
        return new HttpCall(HttpCall.Kind.API, "GET", "/api/Asset", status, Duration.ofMillis(20));
    }
}
