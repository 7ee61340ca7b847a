-- A counter of committed changes to configuration_item rows, one row. Every transaction that inserts,
-- updates or deletes CIs also increments it (InventoryVersion.bump), so cached listing totals and page
-- indexes (CiPageIndex) can tell with one primary-key read whether they still hold, on any server
-- instance sharing the database.
CREATE TABLE inventory_version (
    id      INT PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO inventory_version (id, version) VALUES (1, 0);
