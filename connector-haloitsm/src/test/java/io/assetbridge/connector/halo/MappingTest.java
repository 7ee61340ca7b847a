package io.assetbridge.connector.halo;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.spi.AssetTypeRecord;
import io.assetbridge.spi.CanonicalRecord;
import io.assetbridge.spi.CiClass;
import io.assetbridge.spi.ConfigurationItem;
import io.assetbridge.spi.ConnectorConfig;
import io.assetbridge.spi.CustomerRecord;
import io.assetbridge.spi.SiteRecord;
import io.assetbridge.spi.SourceRecord;
import io.assetbridge.spi.SourceStatus;
import jakarta.json.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Test 17: mapping fixtures shaped like real Halo rows (sentinels, unknown keys, non-ASCII, missing fields). */
class MappingTest {

    private final HaloConnector connector = new HaloConnector();

    private CanonicalRecord map(SourceRecord record) {
        return connector.mapToCI(record, ConnectorConfig.of(Map.of()));
    }

    private ConfigurationItem ci(String resource, String id, String fixture) {
        return (ConfigurationItem) map(new SourceRecord(resource, id, Fixtures.row(fixture)));
    }

    @Test
    void mapsAFullAssetRowWithSerialModelAndManufacturerFromFields() {
        ConfigurationItem ci = ci("hardware", "4814", "asset-laptop.json");

        assertThat(ci.ciClass()).isEqualTo(CiClass.HARDWARE);
        assertThat(ci.name()).as("name comes from the key field").isEqualTo("LT-ACME-0042");
        assertThat(ci.assetTag()).isEqualTo("NH050");
        assertThat(ci.typeName()).isEqualTo("Laptop");
        assertThat(ci.typeSourceId()).isEqualTo("200");
        assertThat(ci.serialNumber()).isEqualTo("7QK2ZX3");
        assertThat(ci.model()).isEqualTo("Latitude 7440");
        assertThat(ci.manufacturer())
                .as("display is preferred over a lookup value")
                .isEqualTo("Dell Inc.");
        assertThat(ci.customerSourceId()).isEqualTo("12");
        assertThat(ci.siteSourceId()).isEqualTo("18");
        assertThat(ci.status()).isEqualTo(SourceStatus.ACTIVE);
        assertThat(ci.assignedUser()).isEqualTo("ben.castle@acme.example");
        assertThat(ci.warrantyStart()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(ci.warrantyEnd()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(ci.purchaseDate())
                .as("from the Purchase Date field's ISO value")
                .isEqualTo(LocalDate.of(2024, 2, 20));
        assertThat(ci.sourceModifiedAt())
                .as("a zone-less time is UTC")
                .isEqualTo(Instant.parse("2025-01-16T20:13:34.240Z"));
    }

    @Test
    void keepsMeaningfulLeftoversAsAttributesAndDropsHalosNoneMarkers() {
        ConfigurationItem ci = ci("hardware", "4814", "asset-laptop.json");

        assertThat(ci.attributes())
                .containsEntry("key_field2", "Ben Castle")
                .containsEntry("status_name", "Active")
                .containsEntry("device_number", "4810")
                .containsEntry("intune_id", "b3c1f7de-52aa-4f4e-9d61-0c3a1c9e1b2a")
                .containsEntry("Processor", "Intel Core i7-1365U")
                .containsEntry("BitLocker key stored", "Yes")
                .doesNotContainKeys(
                        "contract_id",
                        "sla_id",
                        "parent_id",
                        "datto_id",
                        "is_primary_asset",
                        "labour_warranty_start",
                        "labour_warranty_end",
                        "Disposal date",
                        "RAM",
                        "Serial Number",
                        "Model",
                        "Manufacturer",
                        "id",
                        "fields",
                        "customfields");
    }

    @Test
    void mapsASparseOddRowToACiWithAbsentFieldsInsteadOfThrowing() {
        ConfigurationItem ci = ci("hardware", "4815", "asset-sparse.json");

        assertThat(ci.sourceId()).isEqualTo("4815");
        assertThat(ci.name()).as("falls back to the id").contains("4815");
        assertThat(ci.assetTag()).isNull();
        assertThat(ci.customerSourceId()).as("-1 means none").isNull();
        assertThat(ci.siteSourceId()).as("0 means none").isNull();
        assertThat(ci.typeSourceId()).isNull();
        assertThat(ci.status()).as("\"true\" as a string still means inactive").isEqualTo(SourceStatus.INACTIVE);
        assertThat(ci.warrantyStart()).isNull();
        assertThat(ci.warrantyEnd()).as("1900-01-01 means no date").isNull();
        assertThat(ci.serialNumber()).isNull();
        assertThat(ci.attributes()).doesNotContainKeys("some_future_key", "another_unknown");
    }

    @Test
    void readsNonAsciiTextDecimalIdsAndZonedDates() {
        ConfigurationItem ci = ci("hardware", "9001", "asset-unicode.json");

        assertThat(ci.name())
                .as("an empty key field falls back to the asset tag")
                .isEqualTo("ÄÖÜ-0001");
        assertThat(ci.customerSourceId()).as("7.0 is the id 7").isEqualTo("7");
        assertThat(ci.siteSourceId()).isEqualTo("21");
        assertThat(ci.typeSourceId()).isEqualTo("3");
        assertThat(ci.typeName()).isEqualTo("Serveur — baie");
        assertThat(ci.serialNumber()).as("value when there is no display").isEqualTo("SN-ü-42");
        assertThat(ci.model()).as("field names match ignoring case").isEqualTo("PRIMERGY RX2540 M7");
        assertThat(ci.manufacturer())
                .as("manufacturer_name wins over fields")
                .isEqualTo("Fujitsu Technology Solutions");
        assertThat(ci.status()).isEqualTo(SourceStatus.INACTIVE);
        assertThat(ci.warrantyStart())
                .as("an offset is honoured, then read as a UTC date")
                .isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(ci.warrantyEnd()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(ci.attributes()).containsEntry("notes", "Rack 4 — ローカル");
    }

    @Test
    void mapsALicenceToASoftwareCiWithSeatsAndTerm() {
        ConfigurationItem ci = ci("software", "77", "licence.json");

        assertThat(ci.ciClass()).isEqualTo(CiClass.SOFTWARE);
        assertThat(ci.name()).isEqualTo("Microsoft 365 Business Premium");
        assertThat(ci.manufacturer())
                .as("vendor when the manufacturer is empty")
                .isEqualTo("Microsoft");
        assertThat(ci.customerSourceId()).isEqualTo("12");
        assertThat(ci.siteSourceId()).isNull();
        assertThat(ci.status()).isEqualTo(SourceStatus.ACTIVE);
        assertThat(ci.warrantyStart()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(ci.warrantyEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ci.attributes())
                .containsEntry("seats", "25")
                .containsEntry("licences_in_use", "21")
                .containsEntry("product_sku", "O365_BUSINESS_PREMIUM")
                .doesNotContainKeys("deleted", "configuration_items", "site_id");
    }

    @Test
    void mapsAnInactiveLicenceWithSentinelDates() {
        ConfigurationItem ci = ci("software", "78", "licence-expired.json");

        assertThat(ci.manufacturer()).isEqualTo("Adobe");
        assertThat(ci.status()).isEqualTo(SourceStatus.INACTIVE);
        assertThat(ci.warrantyStart()).isNull();
        assertThat(ci.warrantyEnd()).isNull();
        assertThat(ci.customerSourceId()).isEqualTo("12");
        assertThat(ci.attributes()).containsEntry("seats", "3").containsEntry("vendor", "Reseller Ltd");
    }

    @Test
    void mapsClientsSitesAndAssetTypesToReferenceRecords() {
        var customer = (CustomerRecord) map(new SourceRecord("customers", "12", Fixtures.row("client.json")));
        var unnamed = (CustomerRecord) map(new SourceRecord("customers", "13", Fixtures.row("client-inactive.json")));
        var site = (SiteRecord) map(new SourceRecord("sites", "18", Fixtures.row("site.json")));
        var type = (AssetTypeRecord) map(new SourceRecord("asset-types", "200", Fixtures.row("asset-type.json")));

        assertThat(customer).isEqualTo(new CustomerRecord("12", "Acme Ltd", true));
        assertThat(unnamed.active()).isFalse();
        assertThat(unnamed.name()).as("a blank name gets the SPI's fallback").isNotBlank();
        assertThat(site)
                .as("a decimal client_id is the customer's id")
                .isEqualTo(new SiteRecord("18", "Main", "12", true));
        assertThat(type).isEqualTo(new AssetTypeRecord("200", "Laptop", "Computers"));
    }

    @Test
    void neverThrowsOnPayloadsItDoesNotExpect() {
        assertThat(map(new SourceRecord("hardware", "1", "not json"))).isInstanceOf(ConfigurationItem.class);
        assertThat(map(new SourceRecord("hardware", "2", "{\"id\":2,\"key_field\":\"X\"}")))
                .extracting(r -> ((ConfigurationItem) r).name())
                .isEqualTo("X");
        assertThat(map(new SourceRecord(
                        "hardware", "3", Json.createArrayBuilder().build())))
                .isInstanceOf(ConfigurationItem.class);
        assertThat(map(new SourceRecord("sites", "4", 42))).isInstanceOf(SiteRecord.class);
        assertThat(map(new SourceRecord(
                        "software",
                        "5",
                        Json.createObjectBuilder()
                                .add("name", Json.createObjectBuilder().add("weird", true))
                                .add("start_date", "tomorrow")
                                .build())))
                .isInstanceOf(ConfigurationItem.class);
    }
}
