package com.example.acme;

import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.spi.ConnectorContext;
import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.ConnectorSession;
import io.assetbridge.spi.FailureKind;
import io.assetbridge.spi.OutboundRefusedException;
import io.assetbridge.spi.OutboundRequest;
import io.assetbridge.spi.OutboundResponse;
import io.assetbridge.spi.Page;
import io.assetbridge.spi.RateBudget;
import io.assetbridge.spi.RequestMeter.HttpCall;
import io.assetbridge.spi.SourceRecord;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The session: talks to Acme through the platform's outbound HTTP, paced by the shared rate budget,
 * every request metered. Thread-safe: it holds only immutable values. An API key needs no token, so
 * there is nothing to refresh.
 */
final class AcmeClient implements ConnectorSession {

    /** Acme allows 120 requests a minute per instance. */
    private static final int REQUESTS_PER_MINUTE = 120;

    private final URI base;
    private final String apiKey;
    private final ZoneId zone;
    private final ConnectorContext context;
    private final RateBudget budget;

    AcmeClient(ConnectorConfig config, ConnectorContext context) {
        String url = config.text(AcmeConnector.BASE_URL).orElseThrow();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.apiKey = config.text(AcmeConnector.API_KEY).orElse("");
        this.zone = ZoneId.of(config.text(AcmeConnector.TIME_ZONE).orElse("UTC"));
        this.context = context;
        this.budget = context.rateBudget(base.getHost(), REQUESTS_PER_MINUTE, Duration.ofMinutes(1));
    }

    /** The cursor is the next page's number, as text: opaque to the platform, enough to resume. */
    static int pageOf(String cursor) {
        try {
            return Integer.parseInt(cursor.substring("page:".length()));
        } catch (RuntimeException e) {
            throw new ConnectorException(FailureKind.DATA, "The sync position \"" + cursor + "\" is not Acme's.");
        }
    }

    /** One page of devices; {@code since} (in UTC) asks only for devices changed since then. */
    Page page(int page, int size, Instant since) {
        String query = "page=" + page + "&size=" + Math.min(size, AcmeConnector.DEVICES.pageSize())
                + (since == null
                        ? ""
                        : "&changedSince="
                                + encode(LocalDateTime.ofInstant(since, zone).toString()));
        OutboundResponse response = send(base.resolve("devices?" + query));
        String body = new String(response.body(), StandardCharsets.UTF_8);
        String[] lines = body.split("\n");
        if (!lines[0].startsWith("next=")) {
            throw new ConnectorException(
                    FailureKind.DATA,
                    "Acme answered page " + page + " of the devices with something that is not a device list.");
        }
        var records = new ArrayList<SourceRecord>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int tab = line.indexOf('\t');
            if (tab > 0) {
                records.add(new SourceRecord("devices", line.substring(0, tab), line));
            }
        }
        String next = lines[0].substring("next=".length()).strip();
        return new Page(records, next.isEmpty() ? null : "page:" + Integer.parseInt(next));
    }

    private OutboundResponse send(URI uri) {
        if (context.cancellation().isCancelled()) {
            throw cancelled(null);
        }
        try {
            budget.acquire(); // waits, through the context's sleeper, for room in the shared budget
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelled(e);
        }
        Instant start = context.clock().instant();
        OutboundResponse response;
        try {
            response = context.http().send(OutboundRequest.get(uri, Map.of("X-Api-Key", List.of(apiKey))));
        } catch (OutboundRefusedException e) {
            throw new ConnectorException(FailureKind.CONFIGURATION, e.getMessage(), null, null, e);
        } catch (IOException e) {
            throw new ConnectorException(
                    FailureKind.TRANSIENT,
                    "Acme at " + base.getHost() + " could not be read: the connection failed.",
                    null,
                    null,
                    e);
        }
        context.meter()
                .record(new HttpCall(
                        HttpCall.Kind.API,
                        "GET",
                        "/devices",
                        response.status(),
                        Duration.between(start, context.clock().instant())));
        return checked(response);
    }

    private OutboundResponse checked(OutboundResponse response) {
        int status = response.status();
        if (status == 401) {
            throw new ConnectorException(
                    FailureKind.AUTHENTICATION, "Acme rejected the API key; check it in Acme › Settings › API keys.");
        }
        if (status == 403) {
            throw new ConnectorException(
                    FailureKind.PERMISSION,
                    "The API key may not list devices; give it the Devices: read right in Acme.");
        }
        if (status == 429) {
            Instant retryAt = response.header("Retry-After")
                    .flatMap(AcmeClient::seconds)
                    .map(s -> context.clock().instant().plusSeconds(s))
                    .orElse(null);
            throw new ConnectorException(FailureKind.RATE_LIMITED, "Acme asked to slow down.", retryAt, null, null);
        }
        if (status >= 500) {
            throw new ConnectorException(
                    FailureKind.TRANSIENT, "Acme answered " + status + "; it may be down for a moment.");
        }
        if (status != 200 || !response.header("Content-Type").orElse("").startsWith("text/plain")) {
            throw new ConnectorException(
                    FailureKind.CONFIGURATION,
                    "The Base URL does not lead to Acme's API (it answered " + status
                            + " with a page that is not Acme's).");
        }
        return response;
    }

    private static Optional<Long> seconds(String value) {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException dateForm) {
            return Optional.empty(); // the HTTP-date form: the platform's backoff applies
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static ConnectorException cancelled(Throwable cause) {
        return new ConnectorException(
                FailureKind.CANCELLED, "Reading Acme stopped: the sync was cancelled.", null, null, cause);
    }
}
