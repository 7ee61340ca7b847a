/** MicroProfile Health checks: ready when the database answers and the connector registry has loaded. */
package io.assetbridge.platform.health;
