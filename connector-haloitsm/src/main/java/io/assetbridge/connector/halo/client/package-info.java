/**
 * The HTTP edge of the Halo ITSM connector: the MicroProfile REST Client interfaces, the request runner
 * that paces, meters and retries every call, lenient JSON reading, and the one place where Halo's
 * answers are translated into {@link io.assetbridge.spi.ConnectorException}s.
 */
package io.assetbridge.connector.halo.client;
