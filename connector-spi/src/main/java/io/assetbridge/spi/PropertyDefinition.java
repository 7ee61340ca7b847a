package io.assetbridge.spi;

import java.util.regex.Pattern;

/**
 * One configuration property a connector needs.
 *
 * @param name         key, lower case with dashes or dots, e.g. {@code client-id}
 * @param label        what a form shows, e.g. {@code Client ID}
 * @param type         value type
 * @param required     whether a value must be given (a property with a default is never required)
 * @param secret       whether the platform must encrypt it at rest, never return it and redact it
 * @param defaultValue the value used when none is given, of the Java type {@link PropertyType#accepts}
 *                     expects, or null for none
 * @param description  help text: what the value is and where to find it
 *
 * @since 0.1
 */
public record PropertyDefinition(
        String name,
        String label,
        PropertyType type,
        boolean required,
        boolean secret,
        Object defaultValue,
        String description) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*([.-][a-z0-9]+)*");

    /**
     * @since 0.1
     */
    public PropertyDefinition {
        Values.require(
                name != null && NAME.matcher(name).matches(),
                "property name must be lower case with dashes or dots, got " + name);
        label = Values.requireText(label, "label");
        Values.require(type != null, "property " + name + " needs a type");
        Values.require(
                defaultValue == null || type.accepts(defaultValue),
                "default of " + name + " is not a " + type.wireName());
        Values.require(!(required && defaultValue != null), "required property " + name + " cannot have a default");
        Values.require(!(secret && defaultValue != null), "secret property " + name + " cannot have a default");
        description = description == null ? "" : description;
    }

    /**
     * A required property without default.
     *
     * @since 0.1
     */
    public static PropertyDefinition required(String name, String label, PropertyType type, String description) {
        return new PropertyDefinition(name, label, type, true, false, null, description);
    }

    /**
     * An optional property, with a default or none (null).
     *
     * @since 0.1
     */
    public static PropertyDefinition optional(
            String name, String label, PropertyType type, Object defaultValue, String description) {
        return new PropertyDefinition(name, label, type, false, false, defaultValue, description);
    }

    /**
     * A required secret text property.
     *
     * @since 0.1
     */
    public static PropertyDefinition secret(String name, String label, String description) {
        return new PropertyDefinition(name, label, PropertyType.TEXT, true, true, null, description);
    }
}
