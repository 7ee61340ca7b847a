package io.assetbridge.platform.integration;

import io.assetbridge.platform.connector.RegisteredConnector;
import io.assetbridge.platform.security.SecretCipher;
import io.assetbridge.spi.PropertyDefinition;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** An integration's configuration split for storage: plain values, and secrets sealed by the cipher. */
final class SealedValues {

    private SealedValues() {}

    static Map<String, Object> plain(RegisteredConnector connector, Map<String, Object> values) {
        var plain = new LinkedHashMap<String, Object>();
        values.forEach((name, value) -> {
            if (!isSecret(connector, name)) {
                plain.put(name, value);
            }
        });
        return plain;
    }

    /** New secret values encrypted; a secret that is absent or blank keeps its stored (sealed) value. */
    static Map<String, Object> sealed(
            SecretCipher cipher,
            RegisteredConnector connector,
            Map<String, Object> values,
            Map<String, Object> stored) {
        var sealed = new LinkedHashMap<String, Object>();
        Set<String> names = new HashSet<>(stored.keySet());
        connector.descriptor().properties().stream()
                .filter(PropertyDefinition::secret)
                .map(PropertyDefinition::name)
                .forEach(names::add);
        for (String name : names) {
            Object given = values.get(name);
            if (given instanceof String s && !s.isBlank()) {
                sealed.put(name, cipher.encrypt(s));
            } else if (stored.containsKey(name)) {
                sealed.put(name, stored.get(name));
            }
        }
        return sealed;
    }

    /** Secret properties that came with a new value (a blank one keeps the stored value). */
    static Set<String> secretsSent(RegisteredConnector connector, Map<String, Object> values) {
        return values.entrySet().stream()
                .filter(e -> isSecret(connector, e.getKey()) && e.getValue() instanceof String s && !s.isBlank())
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static boolean isSecret(RegisteredConnector connector, String name) {
        return connector
                .descriptor()
                .property(name)
                .map(PropertyDefinition::secret)
                .orElse(false);
    }
}
