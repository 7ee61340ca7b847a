/**
 * The connector SPI: the four operations a PSA/ITSM connector implements (authenticate, discover,
 * fetchPage, mapToCI), the immutable values that cross it, and the services the platform lends a
 * connector through {@link io.assetbridge.spi.ConnectorContext}. Depends on the JDK only.
 */
package io.assetbridge.spi;
