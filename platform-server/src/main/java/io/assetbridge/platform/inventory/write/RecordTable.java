package io.assetbridge.platform.inventory.write;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How one kind of record is stored (see {@link Tables}): its table and id sequence, its source id,
 * the customers and sites it points at, its content columns, and the content hash that tells a
 * changed record from an unchanged one. The one {@link Upsert} is driven by it; its statements are
 * derived from it once.
 *
 * @param <T> the record as the sync hands it over
 */
public final class RecordTable<T> {

    /** A table this record points at, through the source id it carries. */
    record Reference<T>(String table, Function<T, String> sourceId) {}

    private final String name;
    private final Class<T> recordType;
    private final Function<T, String> sourceId;
    private final List<Reference<T>> references;
    private final List<Column<T>> columns;
    private final BiFunction<T, References, String> hash;
    private final boolean inventory;
    private final boolean timestamps;
    private final String insertSql;
    private final String updateSql;

    private RecordTable(Builder<T> b) {
        this.name = b.name;
        this.recordType = b.recordType;
        this.sourceId = b.sourceId;
        this.references = List.copyOf(b.references);
        this.columns = List.copyOf(b.columns);
        this.hash = b.hash;
        this.inventory = b.inventory;
        this.timestamps = b.timestamps;
        List<String> insert = new ArrayList<>(List.of("id", "integration_id"));
        if (inventory) {
            insert.add("resource_type");
        }
        insert.add("source_id");
        List<String> update = new ArrayList<>();
        columns.forEach(c -> update.add(c.name()));
        update.add("content_hash");
        if (b.timestamps) {
            update.add("updated_at");
        }
        insert.addAll(update);
        if (b.timestamps) {
            insert.add(insert.size() - 1, "created_at");
        }
        String fixedInsert = inventory ? ", missing_syncs" : "";
        String fixedValue = inventory ? ", 0" : "";
        this.insertSql = "INSERT INTO " + name + " (" + String.join(", ", insert) + fixedInsert + ") VALUES ("
                + String.join(", ", Collections.nCopies(insert.size(), "?")) + fixedValue + ")";
        this.updateSql = "UPDATE " + name + " SET " + String.join(" = ?, ", update) + " = ?"
                + (inventory ? ", missing_syncs = 0" : "") + " WHERE id = ?";
    }

    static <T> Builder<T> of(String name, Class<T> recordType, Function<T, String> sourceId) {
        return new Builder<>(name, recordType, sourceId);
    }

    public String name() {
        return name;
    }

    public Class<T> recordType() {
        return recordType;
    }

    /** The content columns in statement order: what a change-history feature compares. */
    public List<Column<T>> columns() {
        return columns;
    }

    /**
     * True for configuration items: rows of a resource type that carry a status, whose seen ids
     * are recorded for the missing marking, that settings may turn excluded, and whose changes bump
     * the inventory version.
     */
    public boolean inventory() {
        return inventory;
    }

    String sequence() {
        return name + "_seq";
    }

    String sourceId(T record) {
        return sourceId.apply(record);
    }

    List<Reference<T>> references() {
        return references;
    }

    String hash(T record, References refs) {
        return hash.apply(record, refs);
    }

    /** The stored status of a record, for tables with a status column; else null. */
    String status(T record, References refs) {
        for (Column<T> c : columns) {
            if (c.name().equals("status")) {
                return (String) c.value().apply(record, refs);
            }
        }
        return null;
    }

    boolean hasStatus() {
        return columns.stream().anyMatch(c -> c.name().equals("status"));
    }

    boolean timestamps() {
        return timestamps;
    }

    String insertSql() {
        return insertSql;
    }

    String updateSql() {
        return updateSql;
    }

    static final class Builder<T> {
        private final String name;
        private final Class<T> recordType;
        private final Function<T, String> sourceId;
        private final List<Reference<T>> references = new ArrayList<>();
        private final List<Column<T>> columns = new ArrayList<>();
        private BiFunction<T, References, String> hash;
        private boolean timestamps;
        private boolean inventory;

        private Builder(String name, Class<T> recordType, Function<T, String> sourceId) {
            this.name = name;
            this.recordType = recordType;
            this.sourceId = sourceId;
        }

        Builder<T> references(String table, Function<T, String> sourceIdThere) {
            references.add(new Reference<>(table, sourceIdThere));
            return this;
        }

        Builder<T> column(Column<T> column) {
            columns.add(column);
            return this;
        }

        /** The table keeps created_at and updated_at. */
        Builder<T> timestamps() {
            timestamps = true;
            return this;
        }

        /** Configuration items: identity per resource type, a status, missing_syncs (see {@link #inventory()}). */
        Builder<T> inventory() {
            inventory = true;
            return this;
        }

        RecordTable<T> hashedBy(BiFunction<T, References, String> hash) {
            this.hash = hash;
            return new RecordTable<>(this);
        }
    }
}
