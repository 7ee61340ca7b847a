package io.assetbridge.platform.inventory;

import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.ToLongFunction;

/**
 * A bounded map, least recently used first out, of values computed at an inventory version. A value
 * is reused while the caller's version is not newer than the one it was computed at; otherwise it is
 * computed again, once: concurrent callers for the same key wait for that one computation instead of
 * repeating it on the database. The bound is a total weight (entries, keys or ids held).
 */
final class VersionedCache<K, V> {

    interface Computation<V> {
        V compute() throws SQLException;
    }

    private static final class Entry<V> {
        final long version;
        final CompletableFuture<V> value = new CompletableFuture<>();
        long weight = 1; // until computed

        Entry(long version) {
            this.version = version;
        }
    }

    private final Map<K, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final long capacity;
    private final ToLongFunction<V> weigher;
    private long weight;

    /** At most {@code capacity} entries. */
    VersionedCache(int capacity) {
        this(capacity, v -> 1);
    }

    /** At most {@code capacity} total weight (the newest entry is kept even when it alone weighs more). */
    VersionedCache(long capacity, ToLongFunction<V> weigher) {
        this.capacity = capacity;
        this.weigher = weigher;
    }

    V get(K key, long version, Computation<V> computation) throws SQLException {
        Entry<V> entry;
        boolean mine = false;
        synchronized (entries) {
            entry = entries.get(key);
            if (entry == null || entry.version < version) {
                remove(key);
                entry = new Entry<>(version);
                entries.put(key, entry);
                weight += entry.weight;
                mine = true;
            }
        }
        if (mine) {
            try {
                V value = computation.compute();
                entry.value.complete(value);
                settle(key, entry, weigher.applyAsLong(value));
            } catch (SQLException | RuntimeException | Error e) {
                entry.value.completeExceptionally(e);
                synchronized (entries) {
                    if (entries.get(key) == entry) { // the next caller tries again
                        remove(key);
                    }
                }
                throw e;
            }
        }
        try {
            return entry.value.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for a cached inventory figure", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw new SQLException(sql.getMessage(), sql.getSQLState(), sql);
            }
            throw new SQLException("Computing a cached inventory figure failed", e.getCause());
        }
    }

    /** Records a computed entry's weight and evicts the least recently used others beyond the capacity. */
    private void settle(K key, Entry<V> entry, long computedWeight) {
        synchronized (entries) {
            if (entries.get(key) != entry) {
                return; // replaced meanwhile by a newer version
            }
            weight += computedWeight - entry.weight;
            entry.weight = computedWeight;
            for (Iterator<Map.Entry<K, Entry<V>>> i = entries.entrySet().iterator();
                    weight > capacity && i.hasNext(); ) {
                Map.Entry<K, Entry<V>> eldest = i.next();
                if (eldest.getValue() != entry) {
                    weight -= eldest.getValue().weight;
                    i.remove();
                }
            }
        }
    }

    private void remove(K key) {
        Entry<V> old = entries.remove(key);
        if (old != null) {
            weight -= old.weight;
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
