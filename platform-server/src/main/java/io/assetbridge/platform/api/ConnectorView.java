package io.assetbridge.platform.api;

import io.assetbridge.spi.CiClass;
import io.assetbridge.spi.ConnectorDescriptor;
import io.assetbridge.spi.PropertyDefinition;
import io.assetbridge.spi.ResourceType;
import java.util.List;

/** A connector as the API shows it. */
public record ConnectorView(
        String type,
        String displayName,
        String version,
        List<PropertyView> properties,
        List<ResourceTypeView> resourceTypes) {

    static ConnectorView of(ConnectorDescriptor d) {
        return new ConnectorView(
                d.type(),
                d.displayName(),
                d.version(),
                d.properties().stream().map(PropertyView::of).toList(),
                d.resourceTypes().stream().map(ResourceTypeView::of).toList());
    }

    /** A configuration property; {@code defaultValue} is JSON of the property's type, or null. */
    public record PropertyView(
            String name,
            String label,
            String type,
            boolean required,
            boolean secret,
            Object defaultValue,
            String description) {
        static PropertyView of(PropertyDefinition p) {
            return new PropertyView(
                    p.name(),
                    p.label(),
                    p.type().wireName(),
                    p.required(),
                    p.secret(),
                    p.defaultValue(),
                    p.description());
        }
    }

    /** A resource type; {@code ciClass} is null for customers, sites and asset types. */
    public record ResourceTypeView(String id, String label, String ciClass, boolean selectable) {
        static ResourceTypeView of(ResourceType r) {
            CiClass ciClass = r.ciClass();
            return new ResourceTypeView(r.id(), r.label(), ciClass == null ? null : ciClass.wireName(), r.selectable());
        }
    }
}
