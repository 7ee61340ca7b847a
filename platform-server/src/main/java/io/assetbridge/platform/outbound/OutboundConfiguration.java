package io.assetbridge.platform.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the outbound policy once from {@code ASSETBRIDGE_OUTBOUND_ALLOW} and {@code
 * ASSETBRIDGE_OUTBOUND_DENY} ({@code assetbridge.outbound.allow|deny}); an entry that cannot be read
 * stops the start rather than leave a policy the operator did not mean. Inject {@link OutboundPolicy}.
 */
@ApplicationScoped
public class OutboundConfiguration {

    private static final Logger LOG = Logger.getLogger(OutboundConfiguration.class.getName());

    @Produces
    @Singleton
    static OutboundPolicy policy(
            @ConfigProperty(name = "assetbridge.outbound.allow") Optional<String> allow,
            @ConfigProperty(name = "assetbridge.outbound.deny") Optional<String> deny) {
        var policy = OutboundPolicy.of(allow.orElse(""), deny.orElse(""));
        if (allow.isPresent() || deny.isPresent()) {
            LOG.info(() -> "Outbound policy: allow " + allow.orElse("everything") + "; deny " + deny.orElse("nothing")
                    + " (link-local and metadata addresses are always denied)");
        }
        return policy;
    }
}
