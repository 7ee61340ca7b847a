/** The AssetBridge platform server: plugin registry, integrations, sync engine, inventory and the admin API. */
package io.assetbridge.platform;
