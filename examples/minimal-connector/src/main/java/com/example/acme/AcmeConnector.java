package com.example.acme;

import io.assetbridge.spi.CanonicalRecord;
import io.assetbridge.spi.CiClass;
import io.assetbridge.spi.ConfigProblem;
import io.assetbridge.spi.ConfigurationItem;
import io.assetbridge.spi.Connector;
import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.spi.ConnectorContext;
import io.assetbridge.spi.ConnectorDescriptor;
import io.assetbridge.spi.ConnectorSession;
import io.assetbridge.spi.Page;
import io.assetbridge.spi.PageRequest;
import io.assetbridge.spi.PropertyDefinition;
import io.assetbridge.spi.PropertyType;
import io.assetbridge.spi.ResourceRole;
import io.assetbridge.spi.ResourceType;
import io.assetbridge.spi.SourceRecord;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A complete minimal connector for "Acme Assets", a made-up source that lists devices as tab-separated
 * lines, 500 per page at most, filtered by last change on request, behind an API key. Everything a
 * connector needs is here: a descriptor, validation, sign-in, discovery, paging with an opaque cursor,
 * incremental reads, failure kinds, and a pure, total mapping that sees the configuration.
 */
public final class AcmeConnector implements Connector {

    static final String BASE_URL = "base-url";
    static final String API_KEY = "api-key";
    static final String TIME_ZONE = "time-zone";

    /** Acme serves 500 rows per request and stamps each row with its last change: declare both. */
    static final ResourceType DEVICES = new ResourceType(
                    "devices", "Devices", ResourceRole.CONFIGURATION_ITEM, CiClass.HARDWARE, true, null, false)
            .withPageSize(500)
            .withModifiedSince(Duration.ofMinutes(2));

    private static final ConnectorDescriptor DESCRIPTOR = new ConnectorDescriptor(
            "acme",
            "Acme Assets",
            version(),
            List.of(
                    PropertyDefinition.required(
                            BASE_URL,
                            "Base URL",
                            PropertyType.URL,
                            "Acme's API address, e.g. https://acme.example/api."),
                    PropertyDefinition.secret(API_KEY, "API key", "An API key from Acme › Settings › API keys."),
                    PropertyDefinition.optional(
                            TIME_ZONE,
                            "Time zone",
                            PropertyType.TEXT,
                            "UTC",
                            "The time zone Acme writes its times in (they carry no offset), e.g. Europe/Berlin.")),
            List.of(DEVICES));

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<ConfigProblem> validate(ConnectorConfig config) {
        String zone = config.text(TIME_ZONE).orElse("UTC");
        try {
            ZoneId.of(zone);
            return List.of();
        } catch (DateTimeException e) {
            return List.of(new ConfigProblem(TIME_ZONE, "Not a time zone; use a name such as Europe/Berlin or UTC."));
        }
    }

    @Override
    public ConnectorSession authenticate(ConnectorConfig config, ConnectorContext context) {
        var client = new AcmeClient(config, context);
        client.page(0, 1, null); // a cheap request proves the address and the key now, not in the first read
        return client;
    }

    @Override
    public List<ResourceType> discover(ConnectorSession session) {
        return List.of(DEVICES); // one API key reads everything in Acme
    }

    @Override
    public Page fetchPage(ConnectorSession session, PageRequest request) {
        int page = request.cursor() == null ? 0 : AcmeClient.pageOf(request.cursor());
        return ((AcmeClient) session).page(page, request.pageSizeHint(), request.modifiedSince());
    }

    /** A device line: {@code id<TAB>name<TAB>serial<TAB>last change, local time without an offset}. */
    @Override
    public CanonicalRecord mapToCI(SourceRecord record, ConnectorConfig config) {
        var item = ConfigurationItem.builder(record.sourceId(), CiClass.HARDWARE);
        String[] fields = String.valueOf(record.payload()).split("\t", -1);
        if (fields.length >= 4) {
            item.name(blankToNull(fields[1])).serialNumber(blankToNull(fields[2]));
            try {
                ZoneId zone = ZoneId.of(config.text(TIME_ZONE).orElse("UTC"));
                item.sourceModifiedAt(
                        LocalDateTime.parse(fields[3]).atZone(zone).toInstant());
            } catch (DateTimeException oddTime) {
                // total: a record with an odd time maps without one
            }
        }
        return item.build();
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    private static String version() {
        String version = AcmeConnector.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
