/**
 * The connector registry: finds connectors on the WAR's class path and in plugin jars, each jar in
 * its own class loader, and reports the jars it had to skip.
 */
package io.assetbridge.platform.connector;
