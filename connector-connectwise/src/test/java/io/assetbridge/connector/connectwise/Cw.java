package io.assetbridge.connector.connectwise;

import io.assetbridge.cwsim.CwSimulator;
import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.spi.ConnectorSession;
import io.assetbridge.spi.Page;
import io.assetbridge.spi.PageRequest;
import io.assetbridge.spi.SourceRecord;
import io.assetbridge.spi.SyncFilters;
import io.assetbridge.testkit.TestConnectorContext;
import io.assetbridge.testkit.VirtualClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test helpers: a configuration for a simulator, full reads of a type, simulator controls. */
final class Cw {

    static final ConnectWiseConnector CONNECTOR = new ConnectWiseConnector();

    private Cw() {}

    static Map<String, Object> values(CwSimulator sim) {
        var values = new HashMap<String, Object>();
        values.put("site", sim.site());
        values.put("company-id", sim.settings().companyId());
        values.put("public-key", sim.settings().publicKey());
        values.put("private-key", sim.settings().privateKey());
        values.put("client-id", sim.settings().clientId());
        values.put("rate-limit-requests", 100_000L);
        return values;
    }

    static ConnectorConfig config(CwSimulator sim) {
        return ConnectorConfig.of(values(sim));
    }

    static ConnectorConfig config(CwSimulator sim, String name, Object value) {
        var values = values(sim);
        values.put(name, value);
        return ConnectorConfig.of(values);
    }

    static TestConnectorContext context() {
        return TestConnectorContext.virtualTime(new VirtualClock(Instant.parse("2026-06-01T00:00:00Z")));
    }

    /** Every record of a type, page by page, from {@code cursor}. */
    static List<SourceRecord> readAll(ConnectorSession session, String type, String cursor, Instant modifiedSince) {
        var records = new ArrayList<SourceRecord>();
        var request = new PageRequest(type, cursor, 1_000, modifiedSince, SyncFilters.NONE);
        while (true) {
            Page page = CONNECTOR.fetchPage(session, request);
            records.addAll(page.records());
            if (page.nextCursor() == null) {
                return records;
            }
            request = request.next(page.nextCursor());
        }
    }

    static String control(CwSimulator sim, String pathAndQuery) {
        try {
            var request = HttpRequest.newBuilder(URI.create(sim.site() + pathAndQuery))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            return HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
