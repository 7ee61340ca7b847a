package io.assetbridge.halosim.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Decoded query or form parameters. Names are matched case-insensitively because Halo (ASP.NET
 * model binding) does; the first occurrence of a repeated name wins.
 */
final class Params {

    private final Map<String, String> values;

    private Params(Map<String, String> values) {
        this.values = values;
    }

    static Params parse(String encoded) {
        Map<String, String> m = new LinkedHashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                m.putIfAbsent(name, value);
            }
        }
        return new Params(m);
    }

    /** Query parameters first, then form fields not already given. */
    Params with(Params more) {
        Map<String, String> m = new LinkedHashMap<>(values);
        more.values.forEach(m::putIfAbsent);
        return new Params(m);
    }

    Map<String, String> asMap() {
        return values;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String get(String name) {
        return values.get(name);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** ASP.NET-style bool: "true"/"false" in any case; anything else is a bad request. */
    boolean bool(String name, boolean fallback) {
        String v = values.get(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new BadParameter(name, v);
    }

    Integer integer(String name) {
        String v = values.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw new BadParameter(name, v);
        }
    }

    int integer(String name, int fallback) {
        Integer v = integer(name);
        return v == null ? fallback : v;
    }

    double decimal(String name, double fallback) {
        String v = values.get(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new BadParameter(name, v);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** A parameter Halo could not bind; answered with a 400 model-state body. */
    static final class BadParameter extends RuntimeException {
        final String name;
        final String value;

        BadParameter(String name, String value) {
            super("The value '" + value + "' is not valid for " + name + ".");
            this.name = name;
            this.value = value;
        }
    }
}
