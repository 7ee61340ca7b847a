package io.assetbridge.platform.webhook;

import io.assetbridge.platform.outbound.OutboundPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the server may post to a webhook URL, checked when it is saved and again before each send:
 * http or https, a host, not a well-known cloud metadata name, and every address the host resolves to
 * allowed by the platform's {@link OutboundPolicy} ({@code ASSETBRIDGE_OUTBOUND_ALLOW}/{@code DENY};
 * link-local and metadata addresses always refused). Redirects are never followed ({@link WebhookSender}).
 */
@ApplicationScoped
public class OutboundCheck {

    private static final Set<String> METADATA_HOSTS =
            Set.of("metadata.google.internal", "metadata.goog", "metadata", "instance-data");

    private final OutboundPolicy policy;

    @Inject
    public OutboundCheck(OutboundPolicy policy) {
        this.policy = policy;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected OutboundCheck() {
        this(null);
    }

    /** Why {@code url} may not be called, as a sentence; empty when it may. */
    public Optional<String> refusal(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("Only http and https URLs can be called.");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("The URL names no host.");
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (METADATA_HOSTS.contains(bare.toLowerCase(Locale.ROOT))) {
            return Optional.of("The host " + bare + " is a cloud metadata service, which is never called.");
        }
        return policy.checkHost(bare).map(reason -> "The URL is refused by the outbound policy: " + reason + ".");
    }
}
