package com.example.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.assetbridge.spi.ConfigurationItem;
import io.assetbridge.spi.Connector;
import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.spi.PageRequest;
import io.assetbridge.spi.SourceRecord;
import io.assetbridge.spi.SyncFilters;
import io.assetbridge.testkit.ConnectorContract;
import io.assetbridge.testkit.HttpStub;
import io.assetbridge.testkit.TestConnectorContext;
import io.assetbridge.testkit.VirtualClock;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The whole connector contract, plus what is Acme's own: reads by last change, times in the configured zone. */
class AcmeContractTest extends ConnectorContract {

    private final HttpStub source = AcmeSource.start();

    @AfterAll
    void stopSource() {
        source.close();
    }

    @Override
    protected Connector connector() {
        return new AcmeConnector();
    }

    @Override
    protected URI source() {
        return source.baseUri();
    }

    @Override
    protected ConnectorConfig config(URI base) {
        return ConnectorConfig.of(
                Map.of("base-url", base + "/api", "api-key", AcmeSource.KEY, "time-zone", "Europe/Berlin"));
    }

    @Test
    void aReadByLastChangeGetsOnlyWhatChangedSince() {
        var connector = instance();
        var config = config(stub().baseUri());
        try (var session = connector.authenticate(config, TestConnectorContext.virtualTime(new VirtualClock()))) {
            var since = AcmeSource.changed(1200).atOffset(ZoneOffset.ofHours(1)).toInstant();
            var page = connector.fetchPage(session, new PageRequest("devices", null, 500, since, SyncFilters.NONE));
            assertEquals(DEVICES_AFTER_1200, page.records().size());
            assertEquals("d1200", page.records().get(0).sourceId());
        }
    }

    @Test
    void localTimesAreReadInTheConfiguredZone() {
        var config = config(stub().baseUri());
        var line = "d1\tDevice 1\tSN-1\t2024-07-01T12:00";
        var item = (ConfigurationItem) instance().mapToCI(new SourceRecord("devices", "d1", line), config);
        assertEquals("2024-07-01T10:00:00Z", item.sourceModifiedAt().toString()); // Berlin is UTC+2 in July
    }

    private static final int DEVICES_AFTER_1200 = AcmeSource.DEVICES - 1200 + 1;
}
