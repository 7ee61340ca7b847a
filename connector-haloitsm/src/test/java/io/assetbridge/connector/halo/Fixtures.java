package io.assetbridge.connector.halo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads JSON fixtures shaped like real Halo rows from {@code src/test/resources/fixtures}. */
final class Fixtures {

    private Fixtures() {}

    static JsonObject row(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name);
                var reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
