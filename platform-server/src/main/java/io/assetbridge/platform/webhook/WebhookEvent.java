package io.assetbridge.platform.webhook;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook may subscribe to, by its wire name; {@code webhook.test} is sent only by the test call. */
public enum WebhookEvent {
    RUN_FAILED("run.failed"),
    RUN_HELD("run.held"),
    RUN_WARNINGS("run.warnings");

    /** The event the test call sends, whatever the webhook subscribes to. */
    public static final String TEST = "webhook.test";

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEvent> of(String wireName) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(wireName)).findFirst();
    }
}
