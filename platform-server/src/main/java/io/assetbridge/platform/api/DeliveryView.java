package io.assetbridge.platform.api;

import io.assetbridge.platform.webhook.WebhookDelivery;
import java.time.Instant;

/**
 * One event sent (or being sent) to a webhook: {@code status} {@code pending} (with the next attempt's
 * time), {@code delivered} or {@code failed} (given up after 24 hours, or refused by the outbound policy);
 * {@code lastStatus} is the receiver's last HTTP status, {@code lastError} why the last attempt failed.
 */
public record DeliveryView(
        long id,
        String eventId,
        String event,
        Long runId,
        String status,
        int attempts,
        Integer lastStatus,
        String lastError,
        Instant createdAt,
        Instant lastAttemptAt,
        Instant nextAttemptAt) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(
                d.id(),
                d.eventId(),
                d.event(),
                d.runId(),
                d.status(),
                d.attempts(),
                d.lastStatus(),
                d.lastError(),
                d.createdAt(),
                d.lastAttemptAt(),
                WebhookDelivery.PENDING.equals(d.status()) ? d.nextAttemptAt() : null);
    }
}
