package io.assetbridge.platform.security;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * An {@code Authorization: Basic} header taken apart strictly (RFC 7617): base64 of UTF-8
 * {@code user:password}. Anything else — another scheme's token, bad base64, invalid UTF-8, no colon,
 * an empty or over-long user, control characters — is malformed, which the caller answers 401 like a
 * wrong password, never with an exception.
 *
 * @param user     the user name: 1–64 characters, no control characters
 * @param password the password: at most 1024 characters, possibly empty
 */
record BasicCredentials(String user, String password) {

    static final int MAX_USER = 64;
    static final int MAX_PASSWORD = 1024;
    private static final String SCHEME = "basic ";

    /** What an Authorization header said. */
    sealed interface Parsed permits Absent, Malformed, Present {}

    /** No Authorization header, or one of another scheme (left to other credential sources). */
    record Absent() implements Parsed {}

    /** A Basic header that cannot be read; {@code reason} is for the log and never quotes the value. */
    record Malformed(String reason) implements Parsed {}

    record Present(BasicCredentials credentials) implements Parsed {}

    static Parsed parse(String header) {
        if (header == null || header.isBlank()) {
            return header == null ? new Absent() : new Malformed("an empty Authorization header");
        }
        String value = header.strip();
        if (!value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return value.equalsIgnoreCase("basic") ? new Malformed("Basic without credentials") : new Absent();
        }
        return decode(value.substring(SCHEME.length()).strip())
                .<Parsed>map(BasicCredentials::split)
                .orElseGet(() -> new Malformed("Basic credentials that are not base64 of UTF-8 text"));
    }

    private static Optional<String> decode(String base64) {
        if (base64.isEmpty() || base64.length() > 4 * (MAX_USER + MAX_PASSWORD + 1)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (IllegalArgumentException | CharacterCodingException malformed) {
            return Optional.empty();
        }
    }

    private static Parsed split(String decoded) {
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return new Malformed("Basic credentials without a colon");
        }
        String user = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        if (user.isEmpty() || user.length() > MAX_USER || password.length() > MAX_PASSWORD) {
            return new Malformed("a Basic user name or password of an impossible length");
        }
        if (hasControl(user) || hasControl(password)) {
            return new Malformed("control characters in Basic credentials");
        }
        return new Present(new BasicCredentials(user, password));
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    @Override
    public String toString() {
        return "BasicCredentials[user=" + user + "]";
    }
}
