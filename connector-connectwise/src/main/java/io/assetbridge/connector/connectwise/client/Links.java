package io.assetbridge.connector.connectwise.client;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ConnectWise's {@code Link} header: {@code <url>; rel="next", <url>; rel="last"}. Only the query values
 * the connector needs are taken from the next link ({@code pageId} or {@code page}); requests are rebuilt from
 * the site, so a cursor never holds a URL.
 */
public final class Links {

    private static final Pattern ENTRY = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?([a-zA-Z]+)\"?");

    private Links() {}

    /** The {@code rel="next"} URL, if any. */
    public static Optional<String> next(String header) {
        return rel(header, "next");
    }

    /** Whether the header names a {@code rel="last"} page: navigable paging, not forward-only. */
    public static boolean hasLast(String header) {
        return rel(header, "last").isPresent();
    }

    /** A numeric query parameter of a link, e.g. {@code pageId}. */
    public static Optional<Long> number(String url, String name) {
        Matcher m = Pattern.compile("[?&]" + Pattern.quote(name) + "=(\\d{1,18})(?:&|$)", Pattern.CASE_INSENSITIVE)
                .matcher(url);
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    private static Optional<String> rel(String header, String rel) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = ENTRY.matcher(header);
        while (m.find()) {
            if (m.group(2).equalsIgnoreCase(rel)) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
