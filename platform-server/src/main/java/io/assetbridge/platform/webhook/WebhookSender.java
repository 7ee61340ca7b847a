package io.assetbridge.platform.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts one delivery: the payload as JSON, its event and id in headers, and
 * {@code X-AssetBridge-Signature: sha256=<hex HMAC-SHA256 of the body>} when the webhook has a secret.
 * Redirects are not followed (a redirect could lead past the outbound check).
 */
@ApplicationScoped
public class WebhookSender {

    static final String SIGNATURE = "X-AssetBridge-Signature";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** How one attempt went: the HTTP status (0 when none arrived) and, unless 2xx, why it failed. */
    record Result(int status, String error) {

        boolean delivered() {
            return status >= 200 && status < 300;
        }
    }

    Result send(URI url, WebhookDelivery delivery, String secret) {
        var request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "AssetBridge-Webhooks")
                .header("X-AssetBridge-Event", delivery.event())
                .header("X-AssetBridge-Delivery", delivery.eventId())
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8));
        if (secret != null) {
            request.header(SIGNATURE, "sha256=" + signature(secret, delivery.payload()));
        }
        try {
            int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return new Result(status, status >= 200 && status < 300 ? null : "The receiver answered " + status + ".");
        } catch (IOException e) {
            return new Result(0, "No answer from the receiver: " + e.getClass().getSimpleName() + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(0, "The server stopped while sending.");
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
