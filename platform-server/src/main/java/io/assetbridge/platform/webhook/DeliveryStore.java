package io.assetbridge.platform.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The outbox of webhook deliveries. Each change is its own transaction and a conditional update: a
 * node takes a due delivery with a lease ({@link #claim}), so two nodes never send one at once, and a
 * dead node's lease expires and the delivery is sent again (at least once).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DeliveryStore {

    private final EntityManager em;

    @Inject
    public DeliveryStore(EntityManager em) {
        this.em = em;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected DeliveryStore() {
        this(null);
    }

    public WebhookDelivery add(WebhookDelivery delivery) {
        em.persist(delivery);
        em.flush();
        return delivery;
    }

    /** Pending deliveries due at {@code now} that no live lease holds, oldest first. */
    public List<Long> due(Instant now, int limit) {
        return em.createQuery(
                        "select d.id from WebhookDelivery d where d.status = :pending and d.nextAttemptAt <= :now"
                                + " and (d.leaseOwner is null or d.leaseExpiresAt < :now) order by d.id",
                        Long.class)
                .setParameter("pending", WebhookDelivery.PENDING)
                .setParameter("now", utc(now))
                .setMaxResults(limit)
                .getResultList();
    }

    /** Takes a due delivery for {@code owner} until {@code leaseUntil}; empty when another node has it. */
    public Optional<WebhookDelivery> claim(long id, String owner, Instant now, Instant leaseUntil) {
        int won = em.createNativeQuery("UPDATE webhook_delivery SET lease_owner = ?, lease_expires_at = ? WHERE id = ?"
                        + " AND status = ? AND next_attempt_at <= ? AND (lease_owner IS NULL OR lease_expires_at < ?)")
                .setParameter(1, owner)
                .setParameter(2, utc(leaseUntil))
                .setParameter(3, id)
                .setParameter(4, WebhookDelivery.PENDING)
                .setParameter(5, utc(now))
                .setParameter(6, utc(now))
                .executeUpdate();
        return won == 1 ? Optional.of(em.find(WebhookDelivery.class, id)) : Optional.empty();
    }

    /**
     * Records an attempt by {@code owner}: delivered, to be tried again at {@code next}, or given up
     * ({@code next} empty).
     */
    public void attempted(long id, String owner, WebhookSender.Result result, Optional<Instant> next, Instant now) {
        String status = result.delivered()
                ? WebhookDelivery.DELIVERED
                : next.isPresent() ? WebhookDelivery.PENDING : WebhookDelivery.FAILED;
        // no NULL is bound (EclipseLink binds a null as VARCHAR, which PostgreSQL refuses for these columns):
        // a status of 0 (no answer) becomes NULL in SQL, and an ended delivery keeps a next attempt time unused
        em.createNativeQuery(
                        "UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, last_status = NULLIF(?, 0),"
                                + " last_error = ?, last_attempt_at = ?, next_attempt_at = ?, lease_owner = NULL,"
                                + " lease_expires_at = NULL WHERE id = ? AND lease_owner = ?")
                .setParameter(1, status)
                .setParameter(2, result.status())
                .setParameter(3, result.error() == null ? null : truncated(result.error()))
                .setParameter(4, utc(now))
                .setParameter(5, utc(next.orElse(now)))
                .setParameter(6, id)
                .setParameter(7, owner)
                .executeUpdate();
    }

    /** The webhook's deliveries, newest first. */
    public List<WebhookDelivery> history(long webhookId, int limit) {
        return em.createQuery(
                        "select d from WebhookDelivery d where d.webhookId = :id order by d.id desc",
                        WebhookDelivery.class)
                .setParameter("id", webhookId)
                .setMaxResults(limit)
                .getResultList();
    }

    public Optional<WebhookDelivery> find(long id) {
        return Optional.ofNullable(em.find(WebhookDelivery.class, id));
    }

    private static String truncated(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
