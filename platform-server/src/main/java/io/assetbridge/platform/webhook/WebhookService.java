package io.assetbridge.platform.webhook;

import io.assetbridge.platform.PlatformTime;
import io.assetbridge.platform.audit.AuditLog;
import io.assetbridge.platform.error.NotFoundException;
import io.assetbridge.platform.security.SecretCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Creates, changes and removes webhooks: the URL must pass the outbound check, the secret is sealed
 * like integration secrets and never shown. Changes go to the audit log with the URL's host and the
 * events (never the whole URL, which may carry a token, nor the secret).
 */
@ApplicationScoped
@Transactional
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class.getName());

    private final EntityManager em;
    private final SecretCipher cipher;
    private final OutboundCheck outbound;
    private final PlatformTime time;
    private final AuditLog audit;

    @Inject
    public WebhookService(
            EntityManager em, SecretCipher cipher, OutboundCheck outbound, PlatformTime time, AuditLog audit) {
        this.em = em;
        this.cipher = cipher;
        this.outbound = outbound;
        this.time = time;
        this.audit = audit;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected WebhookService() {
        this(null, null, null, null, null);
    }

    public List<Webhook> list() {
        return em.createQuery("select w from Webhook w order by w.id", Webhook.class)
                .getResultList();
    }

    public Webhook get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("No webhook with id " + id + " exists."));
    }

    public Optional<Webhook> find(long id) {
        return Optional.ofNullable(em.find(Webhook.class, id));
    }

    /** The webhooks subscribed to {@code event}. */
    public List<Webhook> subscribedTo(String event) {
        return list().stream().filter(w -> w.wants(event)).toList();
    }

    public Webhook create(JsonObject body) {
        var input = WebhookInput.parse(body, outbound);
        String sealed = input.secret().change() == WebhookInput.SecretChange.SET
                ? cipher.encrypt(input.secret().value())
                : null;
        var webhook =
                new Webhook(input.url(), sealed, input.events(), time.clock().instant());
        em.persist(webhook);
        em.flush();
        LOG.info(() -> "Webhook " + webhook.id() + " created for " + input.events());
        record("webhook.created", webhook);
        return webhook;
    }

    public Webhook update(long id, JsonObject body) {
        Webhook webhook = get(id);
        var input = WebhookInput.parse(body, outbound);
        String sealed = switch (input.secret().change()) {
            case KEEP -> webhook.secretSealed();
            case SET -> cipher.encrypt(input.secret().value());
            case REMOVE -> null;
        };
        webhook.change(input.url(), sealed, input.events(), time.clock().instant());
        LOG.info(() -> "Webhook " + id + " changed: " + input.events());
        record("webhook.changed", webhook);
        return webhook;
    }

    public void delete(long id) {
        Webhook webhook = get(id);
        record("webhook.deleted", webhook);
        em.remove(webhook);
        LOG.info(() -> "Webhook " + id + " deleted");
    }

    private void record(String action, Webhook webhook) {
        String host = URI.create(webhook.url()).getHost();
        audit.record(
                audit.caller(),
                action,
                "webhook " + webhook.id(),
                Map.of("host", host == null ? "" : host, "events", webhook.events(), "secretSet", webhook.hasSecret()));
    }

    /** The latest delivery of each webhook that has one, by webhook id: one query. */
    public Map<Long, WebhookDelivery> latestDeliveries() {
        return em.createQuery(
                        "select d from WebhookDelivery d where d.id in"
                                + " (select max(l.id) from WebhookDelivery l group by l.webhookId)",
                        WebhookDelivery.class)
                .getResultStream()
                .collect(Collectors.toMap(WebhookDelivery::webhookId, d -> d));
    }
}
