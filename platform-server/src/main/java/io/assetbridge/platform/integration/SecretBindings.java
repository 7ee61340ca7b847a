package io.assetbridge.platform.integration;

import io.assetbridge.platform.connector.RegisteredConnector;
import io.assetbridge.platform.error.Violations;
import io.assetbridge.spi.Connector;
import io.assetbridge.spi.PropertyDefinition;
import io.assetbridge.spi.PropertyType;
import io.assetbridge.spi.SecretBinding;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A stored secret goes only where it was entered for: a change to any property a secret is bound to
 * (where it is sent — URLs, a tenant) must come with the secret again, or the stored secret would be
 * sent to the new place by the next test or sync and so be read back. The bindings are each
 * connector's {@link Connector#secretBindings()}; a secret it does not list is bound to all of its
 * non-secret URL properties. Applies to every write that keeps stored secrets (PUT and PATCH).
 */
final class SecretBindings {

    private SecretBindings() {}

    /**
     * Adds a violation naming each kept secret whose bound properties change.
     *
     * @param before       the stored configuration with defaults, secrets excluded
     * @param after        the new configuration with defaults, as validated
     * @param storedSecret names of the secrets that have a stored value
     */
    static void check(
            RegisteredConnector connector,
            Map<String, Object> before,
            Map<String, Object> after,
            Set<String> storedSecret,
            String prefix,
            Violations v) {
        boundProperties(connector).forEach((secret, bound) -> {
            if (!storedSecret.contains(secret) || isGiven(after.get(secret))) {
                return;
            }
            var changed = bound.stream()
                    .filter(p -> !Objects.equals(before.get(p), after.get(p)))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!changed.isEmpty()) {
                v.add(
                        prefix + secret,
                        "Send " + secret + " again to change " + String.join(", ", changed)
                                + ": a stored secret is only sent where it was entered for.");
            }
        });
    }

    /** Each secret property and the properties it is bound to. */
    static Map<String, Set<String>> boundProperties(RegisteredConnector connector) {
        var descriptor = connector.descriptor();
        Set<String> urls = descriptor.properties().stream()
                .filter(p -> !p.secret() && p.type() == PropertyType.URL)
                .map(PropertyDefinition::name)
                .collect(Collectors.toUnmodifiableSet());
        var declared = connector.call(Connector::secretBindings).stream()
                .collect(Collectors.toMap(SecretBinding::secret, SecretBinding::boundTo, (a, b) -> a));
        var bindings = new LinkedHashMap<String, Set<String>>();
        descriptor.properties().stream()
                .filter(PropertyDefinition::secret)
                .forEach(p -> bindings.put(p.name(), declared.getOrDefault(p.name(), urls)));
        return bindings;
    }

    private static boolean isGiven(Object value) {
        return value instanceof String s ? !s.isBlank() : value != null;
    }
}
