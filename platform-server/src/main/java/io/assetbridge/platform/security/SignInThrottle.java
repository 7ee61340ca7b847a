package io.assetbridge.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing: after {@value #FAILURES} failed sign-ins within {@link #WINDOW} for one
 * user name or from one client address, that name or address is refused for a while without the
 * password being checked: one minute, doubling on each further burst up to {@link #MAX_LOCK}.
 *
 * <p>A wrong password repeated (a script with a stale password) counts once, so a misconfigured
 * client does not throttle its whole address. A lock on a user name does not apply to an address
 * that user signed in from within {@link #KNOWN_ADDRESS_TTL}: a guesser elsewhere cannot lock the
 * real admin out of the workstation they use; an address that is itself throttled waits in any case.
 * The clock is injected so tests move time instead of sleeping.
 */
final class SignInThrottle {

    static final int FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(5);
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    static final Duration KNOWN_ADDRESS_TTL = Duration.ofDays(30);
    /** Bounds memory against many addresses or names: idle trackers go first. */
    private static final int MAX_TRACKERS = 10_000;

    private static final int MAX_KNOWN_ADDRESSES = 100;

    private final Clock clock;
    private final Map<String, Tracker> trackers = new HashMap<>();
    private final Map<String, Map<String, Instant>> knownAddresses = new HashMap<>();

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this attempt must wait before its password is even checked; empty when it may go ahead. */
    synchronized Optional<Duration> wait(String user, String address) {
        Instant now = clock.instant();
        Optional<Duration> byAddress = remaining(addressKey(address), now);
        if (byAddress.isPresent() || isKnown(user, address, now)) {
            return byAddress;
        }
        return remaining(userKey(user), now);
    }

    /**
     * Counts a failed sign-in; {@code attempt} identifies the credentials tried (a digest, never the
     * password). Returns the lock that this failure started, if it started one — once per burst.
     */
    synchronized Optional<Lock> failed(String user, String address, String attempt) {
        Instant now = clock.instant();
        Optional<Duration> byAddress = tracker(addressKey(address)).fail(now, attempt);
        Optional<Duration> byUser = tracker(userKey(user)).fail(now, attempt);
        if (byAddress.isEmpty() && byUser.isEmpty()) {
            return Optional.empty();
        }
        Duration longer = byAddress.orElse(Duration.ZERO).compareTo(byUser.orElse(Duration.ZERO)) >= 0
                ? byAddress.orElseThrow()
                : byUser.orElseThrow();
        return Optional.of(new Lock(byAddress.isPresent(), byUser.isPresent(), longer));
    }

    /** A successful sign-in: the address becomes known for the user; its own failures are forgiven. */
    synchronized void succeeded(String user, String address) {
        Instant now = clock.instant();
        var known = knownAddresses.computeIfAbsent(user, u -> new LinkedHashMap<>(16, 0.75f, true));
        known.put(address, now);
        if (known.size() > MAX_KNOWN_ADDRESSES) {
            known.remove(known.keySet().iterator().next());
        }
        Tracker own = trackers.get(addressKey(address));
        if (own != null && own.lockedUntil == null) {
            trackers.remove(addressKey(address));
        }
    }

    /** Failures still allowed before the next lock, for the log line. */
    synchronized int failuresLeft(String user, String address) {
        Instant now = clock.instant();
        int byAddress = countOf(addressKey(address), now);
        int byUser = countOf(userKey(user), now);
        return Math.max(0, FAILURES - Math.max(byAddress, byUser));
    }

    /** A lock a failure started: on the address, the user name or both, for {@code duration}. */
    record Lock(boolean address, boolean user, Duration duration) {}

    private boolean isKnown(String user, String address, Instant now) {
        var known = knownAddresses.get(user);
        Instant last = known == null ? null : known.get(address);
        return last != null && last.plus(KNOWN_ADDRESS_TTL).isAfter(now);
    }

    private Optional<Duration> remaining(String key, Instant now) {
        Tracker tracker = trackers.get(key);
        if (tracker == null || tracker.lockedUntil == null || !tracker.lockedUntil.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, tracker.lockedUntil));
    }

    private int countOf(String key, Instant now) {
        Tracker tracker = trackers.get(key);
        if (tracker == null) {
            return 0;
        }
        tracker.forget(now);
        return tracker.failures.size();
    }

    private Tracker tracker(String key) {
        if (!trackers.containsKey(key) && trackers.size() >= MAX_TRACKERS) {
            Instant now = clock.instant();
            trackers.values().removeIf(t -> t.idle(now));
            if (trackers.size() >= MAX_TRACKERS) {
                trackers.clear(); // only a flood from very many sources gets here; locks start afresh
            }
        }
        return trackers.computeIfAbsent(key, k -> new Tracker());
    }

    private static String addressKey(String address) {
        return "address " + address;
    }

    private static String userKey(String user) {
        return "user " + user;
    }

    /** Recent failures of one user name or address, and its lock. */
    private static final class Tracker {

        private final Deque<Failure> failures = new ArrayDeque<>();
        private Instant lockedUntil;
        private Instant lastFailure;
        private int locks;

        Optional<Duration> fail(Instant now, String attempt) {
            if (lockedUntil != null && lockedUntil.isAfter(now)) {
                return Optional.empty();
            }
            if (lastFailure != null && lastFailure.plus(MAX_LOCK.plus(WINDOW)).isBefore(now)) {
                locks = 0; // quiet long enough: the next burst starts at the first lock again
            }
            lastFailure = now;
            forget(now);
            if (failures.stream().anyMatch(f -> f.attempt().equals(attempt))) {
                return Optional.empty();
            }
            failures.addLast(new Failure(now, attempt));
            if (failures.size() < FAILURES) {
                return Optional.empty();
            }
            failures.clear();
            Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(locks, 4));
            lock = lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
            locks++;
            lockedUntil = now.plus(lock);
            return Optional.of(lock);
        }

        void forget(Instant now) {
            Instant oldest = now.minus(WINDOW);
            while (!failures.isEmpty() && !failures.peekFirst().at().isAfter(oldest)) {
                failures.removeFirst();
            }
        }

        boolean idle(Instant now) {
            forget(now);
            return failures.isEmpty() && (lockedUntil == null || !lockedUntil.isAfter(now));
        }
    }

    private record Failure(Instant at, String attempt) {}
}
