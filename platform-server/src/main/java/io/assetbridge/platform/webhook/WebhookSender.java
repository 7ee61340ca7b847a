package io.assetbridge.platform.webhook;

import io.assetbridge.platform.outbound.OutboundConnections;
import io.assetbridge.spi.HttpTimeouts;
import io.assetbridge.spi.OutboundHttp;
import io.assetbridge.spi.OutboundRefusedException;
import io.assetbridge.spi.OutboundRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts one delivery: the payload as JSON, its event and id in headers, and
 * {@code X-AssetBridge-Signature: sha256=<hex HMAC-SHA256 of the body>} when the webhook has a secret.
 * Redirects are not followed (a redirect could lead past the outbound check). The connection is made
 * through {@link OutboundConnections}, so the outbound policy is checked on the very address connected
 * to, not only on a lookup made before.
 */
@ApplicationScoped
public class WebhookSender {

    static final String SIGNATURE = "X-AssetBridge-Signature";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private OutboundHttp http;

    @Inject
    public WebhookSender(OutboundConnections connections) {
        this.http = connections.http(new HttpTimeouts(TIMEOUT, TIMEOUT));
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected WebhookSender() {}

    /** How one attempt went: the HTTP status (0 when none arrived) and, unless 2xx, why it failed. */
    record Result(int status, String error) {

        boolean delivered() {
            return status >= 200 && status < 300;
        }
    }

    Result send(URI url, WebhookDelivery delivery, String secret) {
        var headers = new LinkedHashMap<String, List<String>>();
        headers.put("Content-Type", List.of("application/json"));
        headers.put("User-Agent", List.of("AssetBridge-Webhooks"));
        headers.put("X-AssetBridge-Event", List.of(delivery.event()));
        headers.put("X-AssetBridge-Delivery", List.of(delivery.eventId()));
        if (secret != null) {
            headers.put(SIGNATURE, List.of("sha256=" + signature(secret, delivery.payload())));
        }
        var request = new OutboundRequest(
                "POST", url, Map.copyOf(headers), delivery.payload().getBytes(StandardCharsets.UTF_8));
        try {
            int status = http.send(request).status();
            return new Result(status, status >= 200 && status < 300 ? null : "The receiver answered " + status + ".");
        } catch (OutboundRefusedException e) {
            return new Result(0, "The URL is refused by the outbound policy: " + e.getMessage() + ".");
        } catch (IOException e) {
            return new Result(0, "No answer from the receiver: " + e.getClass().getSimpleName() + ".");
        }
    }

    /** Hex HMAC-SHA256 of {@code body} (UTF-8) keyed with {@code secret} (UTF-8). */
    static String signature(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
