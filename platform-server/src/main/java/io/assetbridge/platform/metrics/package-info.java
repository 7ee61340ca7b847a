/** What {@code /metrics} shows about syncs and the inventory, tagged by connector type and integration id only. */
package io.assetbridge.platform.metrics;
