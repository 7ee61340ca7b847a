/**
 * The ConnectWise PSA (formerly ConnectWise Manage) connector: companies, their sites, configuration types and
 * configurations, read with API-member keys, forward-only paging and {@code lastUpdated} conditions.
 */
package io.assetbridge.connector.connectwise;
