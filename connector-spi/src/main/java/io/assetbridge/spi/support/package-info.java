/**
 * Ready-made, JDK-only implementations of SPI services that both the platform and connector tests
 * use, so that pacing behaves the same in production and in tests.
 */
package io.assetbridge.spi.support;
