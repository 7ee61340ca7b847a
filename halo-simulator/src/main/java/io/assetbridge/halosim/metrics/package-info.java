/** Request counters tests assert on: per endpoint, tokens, 429s, 401s and peak concurrency. */
package io.assetbridge.halosim.metrics;
