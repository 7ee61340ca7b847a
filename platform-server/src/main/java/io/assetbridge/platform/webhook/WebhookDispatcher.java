package io.assetbridge.platform.webhook;

import io.assetbridge.platform.PlatformTime;
import io.assetbridge.platform.security.SecretCipher;
import io.assetbridge.platform.sync.NodeIdentity;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what the outbox holds: every {@code assetbridge.webhooks.poll-seconds} (default 5), and at once
 * when an event is added, it claims due deliveries and posts them. A failed attempt is tried again
 * after a back-off ({@code assetbridge.webhooks.retry-base-seconds}, default 30, doubling to an hour)
 * for up to 24 hours. No thread sleeps: the next attempt is a time in the database.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(2);

    /** A container resource: injected into a field, as {@code @Resource} cannot go on a constructor. */
    @Resource
    ManagedScheduledExecutorService scheduler;

    private final DeliveryStore store;
    private final WebhookService webhooks;
    private final WebhookSender sender;
    private final Collaborators with;
    private ScheduledFuture<?> task;

    /** What the dispatcher needs besides the outbox and the sender (dependent: its fields are read directly). */
    @Dependent
    public static class Collaborators {
        final PlatformTime time;
        final NodeIdentity node;
        final SecretCipher cipher;
        final OutboundCheck outbound;
        final WebhookBackoff backoff;
        final long pollSeconds;

        @Inject
        public Collaborators(
                PlatformTime time,
                NodeIdentity node,
                SecretCipher cipher,
                OutboundCheck outbound,
                @ConfigProperty(name = "assetbridge.webhooks.retry-base-seconds", defaultValue = "30")
                        double retryBaseSeconds,
                @ConfigProperty(name = "assetbridge.webhooks.poll-seconds", defaultValue = "5") long pollSeconds) {
            this.time = time;
            this.node = node;
            this.cipher = cipher;
            this.outbound = outbound;
            this.backoff = new WebhookBackoff(Duration.ofMillis(Math.max(100, (long) (retryBaseSeconds * 1000))));
            this.pollSeconds = Math.max(1, pollSeconds);
        }
    }

    @Inject
    public WebhookDispatcher(DeliveryStore store, WebhookService webhooks, WebhookSender sender, Collaborators with) {
        this.store = store;
        this.webhooks = webhooks;
        this.sender = sender;
        this.with = with;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected WebhookDispatcher() {
        this(null, null, null, null);
    }

    void onStart(@Observes @Priority(30) @Initialized(ApplicationScoped.class) Object event) {
        long poll = with.pollSeconds;
        task = scheduler.scheduleWithFixedDelay(this::sendDue, poll, poll, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Sends what is due soon, on another thread (an event was just added). */
    public void soon() {
        scheduler.execute(this::sendDue);
    }

    void sendDue() {
        try {
            for (long id : store.due(with.time.clock().instant(), 20)) {
                attempt(id);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending webhook deliveries failed; they are tried again at the next tick", e);
        }
    }

    /** One attempt at the delivery, if it is due and no other node has it; the delivery as it is after. */
    public Optional<WebhookDelivery> attempt(long deliveryId) {
        Instant now = with.time.clock().instant();
        String owner = with.node.id();
        var claimed = store.claim(deliveryId, owner, now, now.plus(LEASE));
        if (claimed.isEmpty()) {
            return store.find(deliveryId);
        }
        WebhookDelivery delivery = claimed.get();
        var webhook = webhooks.find(delivery.webhookId());
        if (webhook.isEmpty()) {
            return Optional.empty(); // deleted meanwhile; its deliveries went with it
        }
        URI url = URI.create(webhook.get().url());
        var refused = with.outbound.refusal(url);
        WebhookSender.Result result;
        if (refused.isPresent()) {
            result = new WebhookSender.Result(0, "Refused by the outbound policy: " + refused.get());
        } else {
            String secret = webhook.get().hasSecret()
                    ? with.cipher.decrypt(webhook.get().secretSealed())
                    : null;
            result = sender.send(url, delivery, secret);
        }
        Instant after = with.time.clock().instant();
        Optional<Instant> next = refused.isPresent() || result.delivered()
                ? Optional.empty()
                : with.backoff.next(delivery.createdAt(), delivery.attempts() + 1, after);
        store.attempted(deliveryId, owner, result, next, after);
        if (!result.delivered()) {
            LOG.info(() -> "Webhook " + delivery.webhookId() + " delivery " + deliveryId + " attempt "
                    + (delivery.attempts() + 1) + " failed: " + result.error()
                    + (next.isPresent() ? " Trying again at " + next.get() + "." : " Given up."));
        }
        return store.find(deliveryId);
    }
}
