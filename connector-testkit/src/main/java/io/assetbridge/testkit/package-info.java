/**
 * Test support for connectors: virtual time that sleeping advances, a meter that records every
 * call, and a {@link io.assetbridge.spi.ConnectorContext} built from them with the platform's real
 * rate budget.
 */
package io.assetbridge.testkit;
