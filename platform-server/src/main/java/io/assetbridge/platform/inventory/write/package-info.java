/**
 * The inventory's write side: a sync page's records upserted by external identity in the page's
 * transaction. Each record kind has one {@link io.assetbridge.platform.inventory.write.RecordTable}
 * description ({@link io.assetbridge.platform.inventory.write.Tables}); one upsert
 * ({@link io.assetbridge.platform.inventory.write.Upsert}) is driven by it, and what differs between
 * databases is {@link io.assetbridge.platform.inventory.SqlDialect}'s. Depends on the inventory package,
 * never the other way.
 */
package io.assetbridge.platform.inventory.write;
