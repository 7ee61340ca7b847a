package io.assetbridge.platform.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The inventory's wire records. */
public final class InventoryViews {

    private InventoryViews() {}

    /** A reference to a customer or site. */
    public record Ref(long id, String name) {}

    /** A CI in a list; {@code attributes} only on the single-CI read, else null and left out. */
    public record CiItem(
            long id,
            long integrationId,
            String sourceId,
            String ciClass,
            String name,
            String type,
            String status,
            String serialNumber,
            String assetTag,
            String manufacturer,
            String model,
            Ref customer,
            Ref site,
            LocalDate warrantyStart,
            LocalDate warrantyEnd,
            Instant updatedAt) {}

    /** A CI with its attributes. */
    public record CiDetail(
            long id,
            long integrationId,
            String sourceId,
            String ciClass,
            String name,
            String type,
            String status,
            String serialNumber,
            String assetTag,
            String manufacturer,
            String model,
            Ref customer,
            Ref site,
            LocalDate warrantyStart,
            LocalDate warrantyEnd,
            Instant updatedAt,
            Map<String, Object> attributes) {
        static CiDetail of(CiItem i, Map<String, Object> attributes) {
            return new CiDetail(
                    i.id(),
                    i.integrationId(),
                    i.sourceId(),
                    i.ciClass(),
                    i.name(),
                    i.type(),
                    i.status(),
                    i.serialNumber(),
                    i.assetTag(),
                    i.manufacturer(),
                    i.model(),
                    i.customer(),
                    i.site(),
                    i.warrantyStart(),
                    i.warrantyEnd(),
                    i.updatedAt(),
                    attributes);
        }
    }

    /** One page of CIs. */
    public record CiPage(long total, int page, int size, List<CiItem> items) {}

    /** A customer with its CI counts (retired and excluded CIs left out). */
    public record CustomerItem(
            long id,
            long integrationId,
            String sourceId,
            String name,
            boolean active,
            long hardwareCount,
            long softwareCount) {}

    /** A site. */
    public record SiteItem(long id, long integrationId, String sourceId, String name, Ref customer, boolean active) {}
}
