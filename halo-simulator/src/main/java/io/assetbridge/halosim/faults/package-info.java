/**
 * Runtime-switchable misbehaviour: Halo's rolling-window rate limit and the failures a resilient
 * client must survive (5xx, slow answers, dropped connections, malformed JSON, HTML pages,
 * revoked tokens).
 */
package io.assetbridge.halosim.faults;
