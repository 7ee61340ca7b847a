package io.assetbridge.platform.inventory.write;

import io.assetbridge.platform.inventory.SqlDialect;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What the page writes of one run share, so a page needs fewer statements: ids drawn from each
 * sequence several blocks at a time, and customer and site row ids by source id. A run writes
 * customers and sites before the CIs that point at them; writing either table forgets what was
 * cached for it. Used by the run's single writer thread only.
 */
public final class RunWriteCache {

    private final Map<String, IdBlocks> ids = new HashMap<>();
    /** Table → source id → row id, or null when the table has no such row. */
    private final Map<String, Map<String, Long>> rowIds = new HashMap<>();

    IdBlocks ids(SqlDialect dialect, String sequence) {
        return ids.computeIfAbsent(sequence, s -> new IdBlocks(dialect, s));
    }

    /** The cached row ids of {@code table}: a key mapped to null is known to be absent. */
    Map<String, Long> rowIds(String table) {
        return rowIds.computeIfAbsent(table, t -> new HashMap<>());
    }

    /** Remembers the result of looking up {@code asked}: those not in {@code found} are absent. */
    void remember(String table, Collection<String> asked, Map<String, Long> found) {
        var known = rowIds(table);
        asked.forEach(id -> known.put(id, found.get(id)));
    }

    void forget(String table) {
        rowIds.remove(table);
    }

    private long cisCreated;
    private long nextStatistics = 1_000;

    /**
     * Counts CIs the run created; true when the count reaches 1,000, 10,000, 100,000… — the points
     * at which the table has grown enough for stale statistics to mislead the planner.
     */
    boolean statisticsDue(int created) {
        cisCreated += created;
        if (cisCreated < nextStatistics) {
            return false;
        }
        while (nextStatistics <= cisCreated) {
            nextStatistics *= 10;
        }
        return true;
    }
}
