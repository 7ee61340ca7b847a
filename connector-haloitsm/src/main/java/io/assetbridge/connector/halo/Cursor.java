package io.assetbridge.connector.halo;

import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.FailureKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a walk over one resource type stands, as a compact printable string the platform stores with each
 * committed page: {@code v1.} followed by URL-safe base64 of {@code key=value;…}. It carries the next page
 * number, the previous page's first and last ids (to recognise Halo re-sending the last page), the rows
 * read so far (to stop at {@code record_count}), for hardware the current asset type and the ones still to
 * read, and the watermark the walk started with.
 *
 * @param resource       the resource type id
 * @param pageNo         the next page to read, 1-based; 0 means "move past {@code assetTypeId}" (hardware)
 * @param previousFirst  the first id of the previous page, or null
 * @param previousLast   the last id of the previous page, or null
 * @param seen           rows read so far in the current list
 * @param assetTypeId    hardware: the asset type being read, or null
 * @param remainingTypes hardware: asset types still to read after it, ascending; null when the list was too
 *                       long to carry, so it is read again when moving on
 * @param watermark      the modified-since watermark of the walk, or null
 */
record Cursor(
        String resource,
        int pageNo,
        String previousFirst,
        String previousLast,
        long seen,
        Long assetTypeId,
        List<Long> remainingTypes,
        Instant watermark) {

    private static final String VERSION = "v1.";
    private static final int MAX_LENGTH = 2000;

    Cursor {
        remainingTypes = remainingTypes == null ? null : List.copyOf(remainingTypes);
    }

    static Cursor start(String resource, Instant watermark) {
        return new Cursor(resource, 1, null, null, 0, null, List.of(), watermark);
    }

    /** The first page of asset type {@code typeId}, with {@code rest} still to read. */
    Cursor atAssetType(long typeId, List<Long> rest) {
        return new Cursor(resource, 1, null, null, 0, typeId, rest, watermark);
    }

    /** The page after the one just read. */
    Cursor after(String first, String last, long seenNow) {
        return new Cursor(resource, pageNo + 1, first, last, seenNow, assetTypeId, remainingTypes, watermark);
    }

    /** Done with the current asset type, the list of the others unknown: read it again and move on. */
    Cursor movingPastAssetType() {
        return new Cursor(resource, 0, null, null, 0, assetTypeId, null, watermark);
    }

    String encode() {
        String text = VERSION + base64(fields(remainingTypes));
        if (text.length() > MAX_LENGTH && remainingTypes != null) {
            // too many asset types to carry: forget them, the walk re-reads the list when it moves on
            text = VERSION + base64(fields(null));
        }
        return text;
    }

    private String fields(List<Long> types) {
        var map = new LinkedHashMap<String, String>();
        map.put("r", resource);
        map.put("p", Integer.toString(pageNo));
        putIfSet(map, "f", previousFirst);
        putIfSet(map, "l", previousLast);
        map.put("n", Long.toString(seen));
        if (assetTypeId != null) {
            map.put("t", Long.toString(assetTypeId, 36));
            if (types == null) {
                map.put("q", "?");
            } else {
                map.put(
                        "q",
                        String.join(
                                ".",
                                types.stream().map(id -> Long.toString(id, 36)).toList()));
            }
        }
        if (watermark != null) {
            map.put("w", watermark.toString());
        }
        var out = new StringBuilder();
        map.forEach((k, v) ->
                out.append(out.isEmpty() ? "" : ";").append(k).append('=').append(v));
        return out.toString();
    }

    /**
     * @throws ConnectorException {@code DATA} when the text is not a cursor of this connector for
     *     {@code expectedResource}
     */
    static Cursor decode(String text, String expectedResource) {
        try {
            if (!text.startsWith(VERSION)) {
                throw new IllegalArgumentException("unknown version");
            }
            String plain =
                    new String(Base64.getUrlDecoder().decode(text.substring(VERSION.length())), StandardCharsets.UTF_8);
            Map<String, String> map = new LinkedHashMap<>();
            for (String pair : plain.split(";")) {
                int eq = pair.indexOf('=');
                map.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            String resource = map.get("r");
            if (!expectedResource.equals(resource)) {
                throw new IllegalArgumentException("cursor of another resource type");
            }
            Long type = map.containsKey("t") ? Long.parseLong(map.get("t"), 36) : null;
            List<Long> rest = type == null ? List.of() : types(map.get("q"));
            return new Cursor(
                    resource,
                    Integer.parseInt(map.get("p")),
                    map.get("f"),
                    map.get("l"),
                    Long.parseLong(map.get("n")),
                    type,
                    rest,
                    map.containsKey("w") ? Instant.parse(map.get("w")) : null);
        } catch (RuntimeException e) {
            throw new ConnectorException(
                    FailureKind.DATA,
                    "The stored sync position for " + expectedResource
                            + " cannot be read by this version of the Halo ITSM connector; run a full sync.",
                    null,
                    null,
                    e);
        }
    }

    private static List<Long> types(String q) {
        if (q == null || q.equals("?")) {
            return null;
        }
        var ids = new ArrayList<Long>();
        for (String part : q.split("\\.")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part, 36));
            }
        }
        return ids;
    }

    private static void putIfSet(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value.replace(";", "").replace("=", ""));
        }
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
