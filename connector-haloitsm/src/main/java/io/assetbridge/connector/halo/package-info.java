/**
 * The Halo ITSM connector plugin: configuration as data, authentication with one shared token per
 * credential, paged reading of customers, sites, asset types, hardware (per asset type, with its fields)
 * and software, and the mapping of Halo rows to canonical records. HTTP lives in the {@code client}
 * subpackage.
 */
package io.assetbridge.connector.halo;
