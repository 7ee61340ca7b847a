package io.assetbridge.connector.halo;

import io.assetbridge.halosim.HaloSimulator;
import io.assetbridge.spi.Connector;
import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.spi.ConnectorSession;
import io.assetbridge.spi.Page;
import io.assetbridge.spi.PageRequest;
import io.assetbridge.spi.SourceRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Test helpers: a configuration pointing at a simulator, and reading a resource type to its end. */
final class Halo {

    private Halo() {}

    static Map<String, Object> configOf(HaloSimulator simulator) {
        var values = new HashMap<String, Object>();
        values.put("resource-server-url", simulator.resourceServerUrl());
        values.put("authorisation-server-url", simulator.authorisationServerUrl());
        values.put("tenant", simulator.tenant());
        values.put("client-id", simulator.clientId());
        values.put("client-secret", simulator.clientSecret());
        values.put("rate-limit-requests", 10_000L);
        values.put("rate-limit-window-seconds", 300L);
        return values;
    }

    static ConnectorConfig config(HaloSimulator simulator) {
        return new ConnectorConfig(configOf(simulator));
    }

    static ConnectorConfig config(HaloSimulator simulator, Consumer<Map<String, Object>> change) {
        var values = configOf(simulator);
        change.accept(values);
        return new ConnectorConfig(values);
    }

    /** Reads every page of {@code resource}, calling {@code betweenPages} after each page. */
    static List<SourceRecord> readAll(
            Connector connector, ConnectorSession session, String resource, int sizeHint, Runnable betweenPages) {
        var records = new ArrayList<SourceRecord>();
        PageRequest request = PageRequest.first(resource, sizeHint);
        while (true) {
            Page page = connector.fetchPage(session, request);
            records.addAll(page.records());
            betweenPages.run();
            if (page.nextCursor() == null) {
                return records;
            }
            request = request.next(page.nextCursor());
        }
    }

    static List<SourceRecord> readAll(Connector connector, ConnectorSession session, String resource) {
        return readAll(connector, session, resource, 100, () -> {});
    }

    static List<String> ids(List<SourceRecord> records) {
        return records.stream().map(SourceRecord::sourceId).toList();
    }
}
