package io.assetbridge.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.assetbridge.spi.CanonicalRecord;
import io.assetbridge.spi.Connector;
import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.spi.ConnectorDescriptor;
import io.assetbridge.spi.PropertyDefinition;
import io.assetbridge.spi.SourceRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Odd configurations and odd records for the contract suite's totality checks. */
final class OddInputs {

    static final String HUGE = "x".repeat(200_000);
    static final String NON_ASCII = "Ünïcødé – 東京 ☃ 𝄞 \u200b\u202e";
    private static final Object[] ODD_VALUES = {
        "",
        " ",
        HUGE,
        NON_ASCII,
        "\u0000\u0007",
        "-1",
        "1e999",
        "NaN",
        "null",
        "{}",
        "[]",
        "http://",
        "ftp://x",
        "https://exa mple.com",
        Long.MIN_VALUE,
        0L,
        -1L,
        new BigDecimal("1e400"),
        new BigDecimal("0.5"),
        Boolean.TRUE,
        Boolean.FALSE
    };
    /** A JSON member's value: a string, a number, true, false or null (nested objects keep their members). */
    private static final Pattern MEMBER_VALUE = Pattern.compile(
            "(\"(?:[^\"\\\\]|\\\\.)*\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null)");

    private static final String[] ODD_JSON_VALUES = {
        "null",
        "\"\"",
        "\"" + "y".repeat(100_000) + "\"",
        "\"" + NON_ASCII + "\"",
        "-1",
        "1e308",
        "[]",
        "{}",
        "\"not a date\"",
        "\"2025-02-30T25:61:00\"",
        "true",
        "12.0"
    };

    private OddInputs() {}

    /** Configurations with absent, empty, wrong-typed, huge and non-ASCII values for every property. */
    static List<Map<String, Object>> configs(ConnectorDescriptor descriptor, Map<String, Object> valid) {
        var configs = new ArrayList<Map<String, Object>>();
        configs.add(Map.of());
        for (Object odd : ODD_VALUES) {
            var all = new LinkedHashMap<String, Object>();
            descriptor.properties().forEach(p -> all.put(p.name(), odd));
            configs.add(all);
        }
        for (PropertyDefinition p : descriptor.properties()) {
            var without = new LinkedHashMap<>(valid);
            without.remove(p.name());
            configs.add(without);
            for (Object odd : ODD_VALUES) {
                var one = new LinkedHashMap<>(valid);
                one.put(p.name(), odd);
                configs.add(one);
            }
        }
        return configs;
    }

    /**
     * Records with the sample's type and id but odd payloads: empty and wrong-typed payloads, and the
     * sample's JSON text (when its payload prints as JSON) with every value replaced, one kind at a time,
     * by null, an empty or huge string, non-ASCII text, a number, an array or an object.
     */
    static List<SourceRecord> records(SourceRecord sample) {
        var payloads = new ArrayList<Object>(List.of(
                "", "{}", "[]", "null", "not json at all", HUGE, NON_ASCII, 42, new Object(), List.of(), Map.of()));
        String text = String.valueOf(sample.payload()).strip();
        if (text.startsWith("{") || text.startsWith("[")) {
            for (String odd : ODD_JSON_VALUES) {
                payloads.add(MEMBER_VALUE.matcher(text).replaceAll(m -> m.group(1) + Matcher.quoteReplacement(odd)));
            }
            payloads.add(text.substring(0, text.length() / 2)); // truncated JSON
        }
        return payloads.stream()
                .map(p -> new SourceRecord(sample.resourceType(), sample.sourceId(), p))
                .toList();
    }

    /** Maps {@code record}, asserting that the mapping neither throws nor loses the record's id. */
    static void mapsTotally(Connector connector, ConnectorConfig config, SourceRecord record) {
        CanonicalRecord mapped;
        try {
            mapped = connector.mapToCI(record, config);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(
                    "mapToCI threw on a " + record.resourceType() + " record with payload "
                            + abbreviated(String.valueOf(record.payload())),
                    e);
        }
        assertNotNull(mapped, "mapToCI returned null for " + record.resourceType() + " " + record.sourceId());
        assertEquals(record.sourceId(), mapped.sourceId(), "mapToCI changed the source id");
    }

    static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
