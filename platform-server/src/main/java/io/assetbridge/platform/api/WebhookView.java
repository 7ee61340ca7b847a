package io.assetbridge.platform.api;

import io.assetbridge.platform.webhook.Webhook;
import io.assetbridge.platform.webhook.WebhookDelivery;
import java.time.Instant;
import java.util.List;

/** A webhook as the API shows it: whether a secret is set, never the secret; and its last delivery. */
public record WebhookView(
        long id,
        String url,
        SecretState secret,
        List<String> events,
        Instant createdAt,
        Instant updatedAt,
        DeliveryView lastDelivery) {

    /** Only whether a secret is set. */
    public record SecretState(boolean set) {}

    static WebhookView of(Webhook webhook, WebhookDelivery last) {
        return new WebhookView(
                webhook.id(),
                webhook.url(),
                new SecretState(webhook.hasSecret()),
                webhook.events(),
                webhook.createdAt(),
                webhook.updatedAt(),
                last == null ? null : DeliveryView.of(last));
    }
}
