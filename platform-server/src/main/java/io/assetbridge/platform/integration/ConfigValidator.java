package io.assetbridge.platform.integration;

import io.assetbridge.platform.error.Violations;
import io.assetbridge.spi.ConfigProblem;
import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.spi.ConnectorDescriptor;
import io.assetbridge.spi.PropertyDefinition;
import io.assetbridge.spi.PropertyType;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a configuration against a connector's declared properties — unknown keys, types, lengths,
 * control characters, required values — and the connector's own static rules, collecting
 * every problem, each property once. Strings lose leading and trailing whitespace (values pasted from a
 * vendor's page often carry a space or a line break) and are otherwise kept verbatim.
 */
public final class ConfigValidator {

    public static final int MAX_STRING = 2048;

    private ConfigValidator() {}

    /**
     * The typed values of a configuration input, or every problem found. Null values count as absent.
     *
     * @param input           the JSON object given
     * @param descriptor      the connector's declaration
     * @param storedSecrets   names of secret properties that already have a stored value (absent or
     *                        blank input keeps them), empty on create
     * @param connectorRules  the connector's {@code validate}, run on the merged config whatever the
     *                        generic checks found
     * @param prefix          dotted path prefix for field names ({@code "config."} or {@code ""})
     */
    public static Map<String, Object> validate(
            JsonObject input,
            ConnectorDescriptor descriptor,
            Set<String> storedSecrets,
            Function<ConnectorConfig, List<ConfigProblem>> connectorRules,
            String prefix,
            Violations v) {
        var values = new LinkedHashMap<String, Object>();
        for (var entry : input.entrySet()) {
            var property = descriptor.property(entry.getKey());
            if (property.isEmpty()) {
                v.add(
                        prefix + entry.getKey(),
                        "Unknown property for connector " + descriptor.type() + "; it accepts "
                                + descriptor.properties().stream()
                                        .map(PropertyDefinition::name)
                                        .toList() + ".");
                continue;
            }
            Object value = typed(property.get(), entry.getValue(), prefix + entry.getKey(), v);
            if (value != null) {
                values.put(entry.getKey(), value);
            }
        }
        for (PropertyDefinition p : descriptor.properties()) {
            boolean given = values.containsKey(p.name()) && !(values.get(p.name()) instanceof String s && s.isBlank());
            boolean kept = p.secret() && storedSecrets.contains(p.name());
            if (p.required()
                    && !given
                    && !kept
                    && !v.list().stream().anyMatch(x -> x.field().equals(prefix + p.name()))) {
                v.add(prefix + p.name(), p.label() + " is required.");
            }
        }
        connectorProblems(descriptor, values, storedSecrets, connectorRules, prefix, v);
        return values;
    }

    /**
     * Runs the connector's own rules on the values that passed the generic checks (defaults filled
     * in), whatever else was found, so a caller sees every problem at once; a property the generic
     * checks already reported is not reported a second time.
     */
    private static void connectorProblems(
            ConnectorDescriptor descriptor,
            Map<String, Object> values,
            Set<String> storedSecrets,
            Function<ConnectorConfig, List<ConfigProblem>> connectorRules,
            String prefix,
            Violations v) {
        var merged = new LinkedHashMap<String, Object>(withDefaults(values, descriptor));
        storedSecrets.forEach(name -> merged.putIfAbsent(name, "stored"));
        boolean genericOk = v.isEmpty();
        List<ConfigProblem> problems;
        try {
            problems = connectorRules.apply(new ConnectorConfig(merged));
        } catch (RuntimeException e) {
            if (genericOk) {
                throw e;
            }
            // the input is already invalid: a connector that cannot cope with a partial config adds nothing
            return;
        }
        Set<String> reported = new HashSet<>();
        v.list().forEach(x -> reported.add(x.field()));
        for (ConfigProblem problem : problems) {
            if (reported.add(prefix + problem.property())) {
                v.add(prefix + problem.property(), problem.message());
            }
        }
    }

    /** The values with each absent property's default filled in. */
    public static Map<String, Object> withDefaults(Map<String, Object> values, ConnectorDescriptor descriptor) {
        var merged = new LinkedHashMap<String, Object>();
        for (PropertyDefinition p : descriptor.properties()) {
            Object value = values.get(p.name());
            if (value != null && !(value instanceof String s && s.isBlank())) {
                merged.put(p.name(), value);
            } else if (p.defaultValue() != null) {
                merged.put(
                        p.name(),
                        p.defaultValue() instanceof Number n && !(n instanceof BigDecimal) && !(n instanceof Long)
                                ? Long.valueOf(n.longValue())
                                : p.defaultValue());
            }
        }
        return merged;
    }

    private static Object typed(PropertyDefinition p, JsonValue value, String field, Violations v) {
        if (value == JsonValue.NULL) {
            return null;
        }
        return switch (p.type()) {
            case URL, TEXT -> text(p, value, field, v);
            case NUMBER -> number(value, field, v);
            case BOOLEAN -> {
                if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                    yield value == JsonValue.TRUE;
                }
                v.add(field, "Must be true or false.");
                yield null;
            }
        };
    }

    private static String text(PropertyDefinition p, JsonValue value, String field, Violations v) {
        if (!(value instanceof JsonString json)) {
            v.add(field, "Must be a string.");
            return null;
        }
        String s = json.getString().strip();
        if (s.length() > MAX_STRING) {
            v.add(field, "Must be at most " + MAX_STRING + " characters.");
            return null;
        }
        if (Violations.hasControlCharacters(s)) {
            v.add(field, "Must not contain control characters.");
            return null;
        }
        if (p.type() == PropertyType.URL && !s.isBlank() && !isHttpUrl(s)) {
            v.add(field, "Must be an absolute http:// or https:// URL.");
            return null;
        }
        return s;
    }

    private static Object number(JsonValue value, String field, Violations v) {
        BigDecimal number = null;
        if (value instanceof JsonNumber n) {
            number = n.bigDecimalValue();
        } else if (value instanceof JsonString s) {
            try {
                number = new BigDecimal(s.getString().trim());
            } catch (NumberFormatException notNumeric) {
                number = null;
            }
        }
        if (number == null || number.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
            v.add(field, "Must be a number (at most 10^12 in size).");
            return null;
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException fractional) {
            return number;
        }
    }

    private static boolean isHttpUrl(String s) {
        try {
            URI uri = new URI(s);
            return uri.isAbsolute()
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
