/**
 * Where the platform and its connectors may connect: the outbound policy, checked on the resolved
 * address of every connection when it is made.
 */
package io.assetbridge.platform.outbound;
