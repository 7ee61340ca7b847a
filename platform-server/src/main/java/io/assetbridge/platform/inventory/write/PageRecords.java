package io.assetbridge.platform.inventory.write;

import java.util.ArrayList;
import java.util.List;

/**
 * A page's records of one kind, as the settings keep them, with the table they go to: what the sync
 * hands the writer, so the writer needs no dispatch on the record's role.
 */
public final class PageRecords<T> {

    private final RecordTable<T> table;
    private final String resourceType;
    private final List<T> records = new ArrayList<>();

    public PageRecords(RecordTable<T> table, String resourceType) {
        this.table = table;
        this.resourceType = resourceType;
    }

    /** Adds a record; it must be of the table's record type. */
    public void add(Object record) {
        records.add(table.recordType().cast(record));
    }

    public RecordTable<T> table() {
        return table;
    }

    /** The resource type the records were read as (the identity of CIs includes it). */
    public String resourceType() {
        return resourceType;
    }

    public List<T> records() {
        return records;
    }
}
