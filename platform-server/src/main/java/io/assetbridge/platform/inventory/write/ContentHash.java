package io.assetbridge.platform.inventory.write;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * A SHA-256 over the values that make a record's content, so a re-sync can tell unchanged records
 * without comparing column by column. Fields are length-prefixed, so no two value lists collide by
 * concatenation.
 */
final class ContentHash {

    private final MessageDigest digest;

    private ContentHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static ContentHash start() {
        return new ContentHash();
    }

    ContentHash add(Object value) {
        String text = value == null ? "\u0000" : String.valueOf(value);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
        return this;
    }

    ContentHash add(Map<String, String> map) {
        add(map.size());
        map.forEach((k, v) -> add(k).add(v));
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
