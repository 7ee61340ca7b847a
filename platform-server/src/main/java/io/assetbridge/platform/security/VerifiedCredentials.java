package io.assetbridge.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers successful verifications for a short time so a deliberately slow password hash is
 * paid once a minute per client, not on every request. Keys are SHA-256 digests of the decoded
 * Basic credentials ({@code user:password}, what the Authorization header carries), never the
 * password itself; failures are never cached, so a wrong guess always costs a full hash.
 */
final class VerifiedCredentials {

    static final Duration TTL = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 1_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    VerifiedCredentials(Clock clock) {
        this.clock = clock;
    }

    /** The user these credentials were verified for, if that happened within the last minute. */
    Optional<String> lookup(String user, String password) {
        String key = key(user, password);
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.expires().isBefore(clock.instant())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.user());
    }

    void remember(String user, String password) {
        if (entries.size() >= MAX_ENTRIES) {
            // only valid credentials get here, so this is many clients, not an attack: start afresh
            entries.clear();
        }
        entries.put(key(user, password), new Entry(user, clock.instant().plus(TTL)));
    }

    private static String key(String user, String password) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }

    private record Entry(String user, Instant expires) {}
}
