package io.assetbridge.spi;

/**
 * One problem with a configuration, found by static validation.
 *
 * @param property the property name at fault
 * @param message  a sentence naming the rule, never echoing a secret value
 *
 * @since 0.1
 */
public record ConfigProblem(String property, String message) {
    /**
     * @since 0.1
     */
    public ConfigProblem {
        property = Values.requireText(property, "property");
        message = Values.requireText(message, "message");
    }
}
