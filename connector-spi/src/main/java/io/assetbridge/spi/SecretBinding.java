package io.assetbridge.spi;

import java.util.Set;

/**
 * Where a secret property may be sent: the properties that say where it goes (URLs, a tenant). The
 * platform refuses to change any of them while keeping the stored secret, so a stored secret is
 * only ever sent where it was entered for; the user must send the secret again with the change.
 *
 * @param secret  the name of a secret property of the connector's descriptor
 * @param boundTo names of the properties whose change needs the secret again; not empty
 * @since 0.2
 */
public record SecretBinding(String secret, Set<String> boundTo) {

    /**
     * @since 0.2
     */
    public SecretBinding {
        secret = Values.requireText(secret, "secret");
        boundTo = Set.copyOf(boundTo);
        Values.require(!boundTo.isEmpty(), "secret " + secret + " must be bound to at least one property");
    }
}
