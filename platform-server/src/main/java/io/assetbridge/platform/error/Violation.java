package io.assetbridge.platform.error;

/**
 * One problem with one input field.
 *
 * @param field   dotted path from the body's root ({@code config.client-id}, {@code settings.scheduleMinutes})
 * @param message what is wrong and what is expected; never echoes a secret
 */
public record Violation(String field, String message) {}
