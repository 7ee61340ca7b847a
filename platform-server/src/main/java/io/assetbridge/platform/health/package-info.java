/**
 * MicroProfile Health checks (ready when the database answers and the connector registry has loaded),
 * and the ready line logged once start-up is done.
 */
package io.assetbridge.platform.health;
