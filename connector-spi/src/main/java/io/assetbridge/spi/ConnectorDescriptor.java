package io.assetbridge.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a connector is and what it needs, as data: the platform renders, validates, encrypts and
 * redacts configuration from it without knowing the connector.
 *
 * @param type           stable type id, lower case, e.g. {@code haloitsm}
 * @param displayName    human name, e.g. {@code Halo ITSM}
 * @param version        the plugin's version
 * @param properties     configuration properties, names unique
 * @param resourceTypes  what it can read, ids unique, in the order a sync reads them within a role
 *
 * @since 0.1
 */
public record ConnectorDescriptor(
        String type,
        String displayName,
        String version,
        List<PropertyDefinition> properties,
        List<ResourceType> resourceTypes) {

    private static final Pattern TYPE_ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    /**
     * @since 0.1
     */
    public ConnectorDescriptor {
        Values.require(
                type != null && TYPE_ID.matcher(type).matches(),
                "connector type must match " + TYPE_ID + ", got " + type);
        displayName = Values.requireText(displayName, "displayName");
        version = Values.requireText(version, "version");
        properties = List.copyOf(properties);
        resourceTypes = List.copyOf(resourceTypes);
        Values.require(!resourceTypes.isEmpty(), "a connector offers at least one resource type");
        var names = new HashSet<String>();
        properties.forEach(p -> Values.require(names.add(p.name()), "duplicate property " + p.name()));
        var ids = new HashSet<String>();
        resourceTypes.forEach(r -> Values.require(ids.add(r.id()), "duplicate resource type " + r.id()));
    }

    /**
     * @since 0.1
     */
    public Optional<PropertyDefinition> property(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * @since 0.1
     */
    public Optional<ResourceType> resourceType(String id) {
        return resourceTypes.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
