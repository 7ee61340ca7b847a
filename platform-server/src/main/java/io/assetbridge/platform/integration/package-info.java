/**
 * Integrations: one configured connection to a source system — its connector type, validated
 * configuration with encrypted secrets, and sync settings — plus the connection test.
 */
package io.assetbridge.platform.integration;
