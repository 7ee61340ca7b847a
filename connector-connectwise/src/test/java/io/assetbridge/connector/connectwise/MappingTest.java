package io.assetbridge.connector.connectwise;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.spi.CiClass;
import io.assetbridge.spi.ConfigurationItem;
import io.assetbridge.spi.CustomerRecord;
import io.assetbridge.spi.SiteRecord;
import io.assetbridge.spi.SourceRecord;
import io.assetbridge.spi.SourceStatus;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MappingTest {

    private static SourceRecord record(String type, String id, String json) {
        return new SourceRecord(
                type, id, CwJson.JSON.createReader(new StringReader(json)).readObject());
    }

    @Test
    void aConfigurationMapsToACiWithOsIpMacAndLastLoginAsAttributes() {
        var ci = (ConfigurationItem) Cw.CONNECTOR.mapToCI(record("configurations", "17", """
                {"id":17,"name":"LAPTOP-000017","type":{"id":2,"name":"Laptop"},"status":{"id":1,"name":"Active"},
                 "company":{"id":5,"identifier":"Contoso5","name":"Contoso 5"},"site":{"id":51,"name":"Main"},
                 "serialNumber":"SN1","modelNumber":"LE-1","tagNumber":"TAG-17","manufacturer":{"id":3,"name":"Lenovo"},
                 "purchaseDate":"2023-03-15T00:00:00Z","installationDate":"2023-03-22T00:00:00Z",
                 "warrantyExpirationDate":"2026-03-15T00:00:00Z","activeFlag":true,"osType":"Windows 11 Pro",
                 "ipAddress":"10.0.0.7","macAddress":"00:1A:00:00:00:11","lastLoginName":"jdoe",
                 "_info":{"lastUpdated":"2025-10-01T08:00:00Z"}}
                """));
        assertThat(ci.ciClass()).isEqualTo(CiClass.HARDWARE);
        assertThat(ci.name()).isEqualTo("LAPTOP-000017");
        assertThat(ci.typeName()).isEqualTo("Laptop");
        assertThat(ci.typeSourceId()).isEqualTo("2");
        assertThat(ci.status()).isEqualTo(SourceStatus.ACTIVE);
        assertThat(ci.serialNumber()).isEqualTo("SN1");
        assertThat(ci.assetTag()).isEqualTo("TAG-17");
        assertThat(ci.manufacturer()).isEqualTo("Lenovo");
        assertThat(ci.model()).isEqualTo("LE-1");
        assertThat(ci.customerSourceId()).isEqualTo("5");
        assertThat(ci.siteSourceId()).isEqualTo("51");
        assertThat(ci.purchaseDate()).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(ci.warrantyEnd()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(ci.sourceModifiedAt()).isEqualTo(Instant.parse("2025-10-01T08:00:00Z"));
        assertThat(ci.attributes())
                .containsEntry("osType", "Windows 11 Pro")
                .containsEntry("ipAddress", "10.0.0.7")
                .containsEntry("macAddress", "00:1A:00:00:00:11")
                .containsEntry("lastLoginName", "jdoe")
                .containsEntry("installationDate", "2023-03-22");
    }

    @Test
    void softwareTypesMapToSoftwareAndAnInactiveRowIsInactive() {
        var ci = (ConfigurationItem) Cw.CONNECTOR.mapToCI(record(
                "configurations",
                "9",
                "{\"id\":9,\"type\":{\"id\":9,\"name\":\"Microsoft 365 Licence\"},\"activeFlag\":false}"));
        assertThat(ci.ciClass()).isEqualTo(CiClass.SOFTWARE);
        assertThat(ci.status()).isEqualTo(SourceStatus.INACTIVE);
        assertThat(Mapping.classOf("Antivirus Software")).isEqualTo(CiClass.SOFTWARE);
        assertThat(Mapping.classOf("Server")).isEqualTo(CiClass.HARDWARE);
    }

    @Test
    void aSparseOrOddRowStillMaps() {
        var ci = (ConfigurationItem)
                Cw.CONNECTOR.mapToCI(record("configurations", "3", "{\"type\":\"odd\",\"purchaseDate\":7}"));
        assertThat(ci.name()).isNotBlank();
        assertThat(ci.purchaseDate()).isNull();
    }

    @Test
    void companiesAndSitesMap() {
        var customer = (CustomerRecord)
                Cw.CONNECTOR.mapToCI(record("customers", "4", "{\"id\":4,\"name\":\"Adatum 4\",\"deletedFlag\":true}"));
        assertThat(customer.name()).isEqualTo("Adatum 4");
        assertThat(customer.active()).isFalse();
        var site = (SiteRecord)
                Cw.CONNECTOR.mapToCI(record("sites", "41", "{\"id\":41,\"name\":\"Main\",\"company\":{\"id\":4}}"));
        assertThat(site.customerSourceId()).isEqualTo("4");
        assertThat(site.active()).isTrue();
    }
}
