package io.assetbridge.platform.inventory.write;

import java.util.Map;

/**
 * The row ids a page's records point at, by table and source id (customers and sites of the same
 * integration), looked up once per page before its records are hashed and bound.
 */
public final class References {

    private final Map<String, Map<String, Long>> byTable;

    References(Map<String, Map<String, Long>> byTable) {
        this.byTable = byTable;
    }

    /** The row id of {@code table}'s row with this source id, or null when there is none. */
    public Long id(String table, String sourceId) {
        var ids = byTable.get(table);
        return ids == null ? null : ids.get(sourceId);
    }
}
