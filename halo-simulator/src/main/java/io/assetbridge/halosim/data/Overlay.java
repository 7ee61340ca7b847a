package io.assetbridge.halosim.data;

import java.util.NavigableSet;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Mutations on top of the generated records: a changed or added record's current state, or a
 * tombstone for a hard-deleted one. Readers never lock; it stays as small as the mutations made.
 */
final class Overlay<T> {

    /** A null state is a tombstone (ConcurrentSkipListMap forbids null values, hence the wrapper). */
    private record Slot<T>(T state) {}

    private final ConcurrentSkipListMap<Integer, Slot<T>> slots = new ConcurrentSkipListMap<>();

    boolean touched(int id) {
        return slots.containsKey(id);
    }

    /** The current state, or null when the id is untouched or deleted (see {@link #touched}). */
    T current(int id) {
        Slot<T> s = slots.get(id);
        return s == null ? null : s.state();
    }

    void put(int id, T state) {
        slots.put(id, new Slot<>(state));
    }

    void delete(int id) {
        slots.put(id, new Slot<>(null));
    }

    NavigableSet<Integer> ids() {
        return slots.keySet();
    }

    int size() {
        return slots.size();
    }
}
