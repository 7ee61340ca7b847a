package io.assetbridge.platform.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One event for one webhook in the outbox: its payload (fixed when the event happened, so every retry
 * sends the same bytes and signature), and how sending it went. Changed only by conditional updates
 * ({@link DeliveryStore}).
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    /** {@code pending} until sent, then {@code delivered}, or {@code failed} when given up. */
    public static final String PENDING = "pending";

    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";

    @Id
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    private Long id;

    @Column(name = "webhook_id", nullable = false)
    private long webhookId;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(nullable = false, length = 40)
    private String event;

    @Column(name = "run_id")
    private Long runId;

    @Column(nullable = false)
    private String payload;

    @Column(nullable = false, length = 12)
    private String status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "lease_owner", length = 100)
    private String leaseOwner;

    @Column(name = "lease_expires_at")
    private OffsetDateTime leaseExpiresAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_attempt_at")
    private OffsetDateTime lastAttemptAt;

    protected WebhookDelivery() {}

    WebhookDelivery(long webhookId, String eventId, String event, Long runId, String payload, Instant now) {
        this.webhookId = webhookId;
        this.eventId = eventId;
        this.event = event;
        this.runId = runId;
        this.payload = payload;
        this.status = PENDING;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.nextAttemptAt = createdAt;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    public Long id() {
        return id;
    }

    public long webhookId() {
        return webhookId;
    }

    public String eventId() {
        return eventId;
    }

    public String event() {
        return event;
    }

    public Long runId() {
        return runId;
    }

    public String payload() {
        return payload;
    }

    public String status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return instant(nextAttemptAt);
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return instant(createdAt);
    }

    public Instant lastAttemptAt() {
        return instant(lastAttemptAt);
    }
}
