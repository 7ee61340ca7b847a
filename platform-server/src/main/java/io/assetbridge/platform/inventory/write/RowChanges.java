package io.assetbridge.platform.inventory.write;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The seam for a feature that records what the sync changed (change history): {@link Upsert} calls it
 * with the page's changed rows, inside the page's transaction and before it updates them, so an
 * observer can read each row's stored values ({@link RecordTable#columns()}) and compare them with
 * the record's ({@link Column#value()}), field by field and status by status. New rows are not reported:
 * history records changes, not creations. Unchanged rows (same content hash, same status) are not
 * reported either.
 */
@FunctionalInterface
public interface RowChanges {

    /** Observes nothing. */
    RowChanges NONE = new RowChanges() {
        @Override
        public <T> void updating(Connection connection, RecordTable<T> table, List<Changed<T>> rows, References refs) {}
    };

    /**
     * A stored row about to be updated with a record's values.
     *
     * @param id        the row
     * @param record    its new content
     * @param oldStatus the stored status, for tables with one (else null)
     * @param newStatus the status it gets (else null)
     */
    record Changed<T>(long id, T record, String oldStatus, String newStatus) {}

    <T> void updating(Connection connection, RecordTable<T> table, List<Changed<T>> rows, References refs)
            throws SQLException;
}
