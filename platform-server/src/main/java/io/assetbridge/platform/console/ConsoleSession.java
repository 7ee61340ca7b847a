package io.assetbridge.platform.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * What a signed-in browser session holds: the user, its groups and the session's CSRF token. Only
 * the sign-in endpoint creates a session; HTTP Basic requests never do, so a session is always a
 * browser that signed in.
 */
public record ConsoleSession(String user, Set<String> groups, String csrfToken) implements Serializable {

    /** Where browsers sign in ({@code POST}), ask who they are ({@code GET}) and sign out ({@code DELETE}). */
    public static final String PATH = "/api/session";

    /** The header every cookie-authenticated unsafe request must carry, with the session's token. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private static final String ATTRIBUTE = ConsoleSession.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    public ConsoleSession {
        groups = Set.copyOf(groups);
    }

    /** The signed-in session of this request, if it has one; never creates a session. */
    public static Optional<ConsoleSession> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        try {
            return session.getAttribute(ATTRIBUTE) instanceof ConsoleSession signedIn
                    ? Optional.of(signedIn)
                    : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /**
     * Starts a session for {@code user}: any earlier session of this browser is dropped first, so a
     * session id planted before sign-in never becomes an authenticated one.
     */
    public static ConsoleSession start(HttpServletRequest request, String user, Set<String> groups, int idleMinutes) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval(idleMinutes * 60);
        var signedIn = new ConsoleSession(user, groups, newToken());
        session.setAttribute(ATTRIBUTE, signedIn);
        return signedIn;
    }

    /** Ends this request's session, if any. */
    public static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended by the idle timeout meanwhile: nothing left to end
            }
        }
    }

    /** True when {@code presented} is this session's token, compared in constant time. */
    public boolean acceptsToken(String presented) {
        return presented != null
                && MessageDigest.isEqual(
                        csrfToken.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
