package io.assetbridge.platform.json;

import jakarta.json.spi.JsonProvider;

/** The platform's one JSON-P provider. */
public final class Jsonp {

    /** Looked up once: {@code Json.createX} searches the class path for a provider on every call. */
    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsonp() {}
}
