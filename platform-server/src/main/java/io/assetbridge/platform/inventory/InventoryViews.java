package io.assetbridge.platform.inventory;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The inventory's wire records. */
public final class InventoryViews {

    private InventoryViews() {}

    /** A reference to a customer or site. */
    public record Ref(long id, String name) {}

    /** A CI in a list. Its class is {@code "class"} on the wire ({@code class} is a Java keyword). */
    public record CiItem(
            long id,
            long integrationId,
            String sourceId,
            @JsonbProperty("class") String ciClass,
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

    /**
     * A CI with every mapped field the schema stores: the list item's fields, then the resource type
     * it came from, its asset type's source id, assigned user, purchase date, the source's last-change
     * time, when AssetBridge first stored it, and the remaining source fields as {@code attributes}.
     */
    public record CiDetail(
            long id,
            long integrationId,
            String sourceId,
            @JsonbProperty("class") String ciClass,
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
            String resourceType,
            String typeSourceId,
            String assignedUser,
            LocalDate purchaseDate,
            Instant sourceModifiedAt,
            Instant createdAt,
            Map<String, Object> attributes) {
        static CiDetail of(CiItem i, Extra extra, Map<String, Object> attributes) {
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
                    extra.resourceType(),
                    extra.typeSourceId(),
                    extra.assignedUser(),
                    extra.purchaseDate(),
                    extra.sourceModifiedAt(),
                    extra.createdAt(),
                    attributes);
        }

        /** The stored fields only the single-CI read returns. */
        record Extra(
                String resourceType,
                String typeSourceId,
                String assignedUser,
                LocalDate purchaseDate,
                Instant sourceModifiedAt,
                Instant createdAt) {}
    }

    /** One page of CIs. */
    public record CiPage(long total, int page, int size, List<CiItem> items) {}

    /** One page of customers. */
    public record CustomerPage(long total, int page, int size, List<CustomerItem> items) {}

    /** One page of sites. */
    public record SitePage(long total, int page, int size, List<SiteItem> items) {}

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
