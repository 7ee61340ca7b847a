package io.assetbridge.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptorTest {

    private static final ResourceType HARDWARE = new ResourceType(
            "hardware", "Hardware", ResourceRole.CONFIGURATION_ITEM, CiClass.HARDWARE, true, "read:assets", false);

    @Test
    void acceptsAWellFormedDescriptorAndFindsItsParts() {
        var descriptor = new ConnectorDescriptor(
                "haloitsm",
                "Halo ITSM",
                "1.0",
                List.of(
                        PropertyDefinition.required("client-id", "Client ID", PropertyType.TEXT, "from Halo"),
                        PropertyDefinition.optional("rate-limit-requests", "Requests", PropertyType.NUMBER, 250L, "")),
                List.of(HARDWARE));
        assertThat(descriptor.property("client-id")).isPresent();
        assertThat(descriptor.property("nope")).isEmpty();
        assertThat(descriptor.resourceType("hardware")).contains(HARDWARE);
    }

    @Test
    void refusesBadTypeIdsDuplicatesAndEmptyResourceLists() {
        var p = PropertyDefinition.required("a", "A", PropertyType.TEXT, "");
        assertThatThrownBy(() -> new ConnectorDescriptor("Halo ITSM", "x", "1", List.of(), List.of(HARDWARE)))
                .hasMessageContaining("connector type");
        assertThatThrownBy(() -> new ConnectorDescriptor("halo", "x", "1", List.of(p, p), List.of(HARDWARE)))
                .hasMessageContaining("duplicate property a");
        assertThatThrownBy(() -> new ConnectorDescriptor("halo", "x", "1", List.of(), List.of(HARDWARE, HARDWARE)))
                .hasMessageContaining("duplicate resource type");
        assertThatThrownBy(() -> new ConnectorDescriptor("halo", "x", "1", List.of(), List.of()))
                .hasMessageContaining("at least one resource type");
    }

    @Test
    void propertyDefaultsMustMatchTheirType() {
        assertThatThrownBy(() -> PropertyDefinition.optional("n", "N", PropertyType.NUMBER, "250", ""))
                .hasMessageContaining("not a number");
        assertThatThrownBy(() -> new PropertyDefinition("s", "S", PropertyType.TEXT, false, true, "x", ""))
                .hasMessageContaining("secret");
        assertThatThrownBy(() -> PropertyDefinition.required("Bad Name", "x", PropertyType.TEXT, ""))
                .hasMessageContaining("lower case");
    }

    @Test
    void onlyConfigurationItemResourceTypesHaveACiClass() {
        assertThatThrownBy(() -> new ResourceType(
                        "customers", "Customers", ResourceRole.CUSTOMER, CiClass.HARDWARE, true, null, false))
                .hasMessageContaining("CI class");
        assertThatThrownBy(() -> new ResourceType(
                        "hardware", "Hardware", ResourceRole.CONFIGURATION_ITEM, null, true, null, false))
                .hasMessageContaining("CI class");
    }
}
