package io.assetbridge.platform.sync;

/**
 * What a run cost its source so far.
 *
 * @param requests    every HTTP call, token calls included
 * @param rateLimited calls answered 429 (waited out and retried by the connector)
 */
public record RunCost(long requests, long rateLimited) {}
