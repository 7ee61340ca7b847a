package io.assetbridge.platform.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Where an admin wants run events sent: a URL, the events, and a sealed shared secret (or none). */
@Entity
@Table(name = "webhook")
public class Webhook {

    @Id
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    private Long id;

    @Column(nullable = false, length = 2048)
    private String url;

    @Column(name = "secret_sealed", length = 1000)
    private String secretSealed;

    @Column(nullable = false, length = 200)
    private String events;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Webhook() {}

    Webhook(String url, String secretSealed, List<String> events, Instant now) {
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        change(url, secretSealed, events, now);
    }

    final void change(String url, String secretSealed, List<String> events, Instant now) {
        this.url = url;
        this.secretSealed = secretSealed;
        this.events = String.join(",", events);
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public String url() {
        return url;
    }

    /** The sealed secret, or null: decrypted only to sign a delivery. */
    String secretSealed() {
        return secretSealed;
    }

    public boolean hasSecret() {
        return secretSealed != null;
    }

    public List<String> events() {
        return events.isEmpty() ? List.of() : Arrays.asList(events.split(","));
    }

    public boolean wants(String event) {
        return events().contains(event);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }
}
