package io.assetbridge.platform.webhook;

import io.assetbridge.platform.PlatformTime;
import io.assetbridge.platform.error.NotFoundException;
import io.assetbridge.platform.integration.IntegrationService;
import io.assetbridge.platform.json.Jsonp;
import io.assetbridge.platform.sync.RunObserver;
import io.assetbridge.platform.sync.RunRef;
import io.assetbridge.platform.sync.RunStatus;
import io.assetbridge.platform.sync.SyncRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

/**
 * Puts events into the outbox, one delivery per subscribed webhook, each with its own event id, and
 * wakes the dispatcher. Hears of ended runs as a {@link RunObserver}: a failed run is
 * {@code run.failed}, a successful one with warnings {@code run.warnings}, a successful one whose missing
 * marking the mass-missing guard held {@code run.held}.
 */
@ApplicationScoped
public class WebhookOutbox implements RunObserver {

    private final WebhookService webhooks;
    private final DeliveryStore store;
    private final RunPayloads runs;
    private final IntegrationService integrations;
    private final PlatformTime time;
    private final WebhookDispatcher dispatcher;

    @Inject
    public WebhookOutbox(
            WebhookService webhooks,
            DeliveryStore store,
            RunPayloads runs,
            IntegrationService integrations,
            PlatformTime time,
            WebhookDispatcher dispatcher) {
        this.webhooks = webhooks;
        this.store = store;
        this.runs = runs;
        this.integrations = integrations;
        this.time = time;
        this.dispatcher = dispatcher;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected WebhookOutbox() {
        this(null, null, null, null, null, null);
    }

    @Override
    public void ended(RunRef ref, SyncRun run) {
        if (run.status() == RunStatus.FAILED) {
            enqueue(WebhookEvent.RUN_FAILED, run);
        } else if (run.status() == RunStatus.SUCCEEDED && !run.warnings().isEmpty()) {
            enqueue(WebhookEvent.RUN_WARNINGS, run);
        }
        if (run.status() == RunStatus.SUCCEEDED && run.heldJson() != null) {
            enqueue(WebhookEvent.RUN_HELD, run); // the mass-missing guard held the run's missing marking
        }
    }

    /** Queues {@code event} about {@code run} for every webhook subscribed to it. */
    public void enqueue(WebhookEvent event, SyncRun run) {
        var subscribed = webhooks.subscribedTo(event.wireName());
        if (subscribed.isEmpty()) {
            return;
        }
        String runJson = runs.runJson(run);
        String name = integrationName(run.integrationId());
        Instant occurred =
                run.finishedAt() != null ? run.finishedAt() : time.clock().instant();
        for (Webhook webhook : subscribed) {
            String eventId = UUID.randomUUID().toString();
            var integration = Jsonp.PROVIDER
                    .createObjectBuilder()
                    .add("id", run.integrationId())
                    .add("name", name == null ? JsonValue.NULL : Jsonp.PROVIDER.createValue(name));
            String payload = payload(eventId, event.wireName(), occurred)
                    .add("integration", integration)
                    .add(
                            "run",
                            Jsonp.PROVIDER
                                    .createReader(new StringReader(runJson))
                                    .readObject())
                    .build()
                    .toString();
            store.add(new WebhookDelivery(webhook.id(), eventId, event.wireName(), run.id(), payload, occurred));
        }
        dispatcher.soon();
    }

    /** Queues a {@code webhook.test} event for one webhook and returns its delivery (not yet sent). */
    public WebhookDelivery enqueueTest(long webhookId) {
        Webhook webhook = webhooks.get(webhookId);
        String eventId = UUID.randomUUID().toString();
        Instant now = time.clock().instant();
        String payload = payload(eventId, WebhookEvent.TEST, now)
                .add("integration", JsonValue.NULL)
                .add("run", JsonValue.NULL)
                .build()
                .toString();
        return store.add(new WebhookDelivery(webhook.id(), eventId, WebhookEvent.TEST, null, payload, now));
    }

    private static JsonObjectBuilder payload(String eventId, String event, Instant occurred) {
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("id", eventId)
                .add("event", event)
                .add("occurredAt", occurred.toString());
    }

    private String integrationName(long integrationId) {
        try {
            return integrations.get(integrationId).name();
        } catch (NotFoundException deleted) {
            return null;
        }
    }
}
