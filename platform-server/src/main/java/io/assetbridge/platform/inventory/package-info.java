/**
 * The inventory: configuration items, customers, sites and asset types as the sync writes them
 * (batched JDBC in the page's transaction) and as the API reads them.
 */
package io.assetbridge.platform.inventory;
