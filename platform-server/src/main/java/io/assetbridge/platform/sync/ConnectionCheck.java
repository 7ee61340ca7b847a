package io.assetbridge.platform.sync;

/**
 * The outcome of one check of a connection test.
 *
 * @param name    {@code authenticate}, or the permission checked (e.g. {@code read:assets})
 * @param ok      whether it passed
 * @param message what was found, and for a failure what to change
 */
public record ConnectionCheck(String name, boolean ok, String message) {}
