package io.assetbridge.halosim.data;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The attributes of one asset that tests check and mutations change. Everything else on a Halo
 * row (RMM ids, colours, sentinels) is derived from the id when the row is rendered.
 *
 * @param name           the display name, served as {@code key_field}
 * @param warrantyEnd    null renders as Halo's {@code 1900-01-01T00:00:00} placeholder
 * @param serialNumber   served in {@code fields[]} as "Serial Number"; may be "" (none recorded)
 */
public record AssetState(
        int id,
        int assetTypeId,
        int clientId,
        int siteId,
        boolean inactive,
        String inventoryNumber,
        String name,
        String username,
        String serialNumber,
        String model,
        String manufacturer,
        int manufacturerId,
        LocalDate purchaseDate,
        LocalDate warrantyEnd,
        int statusId,
        LocalDateTime lastUpdate) {

    public AssetState withInactive(boolean value, LocalDateTime now) {
        return new AssetState(
                id,
                assetTypeId,
                clientId,
                siteId,
                value,
                inventoryNumber,
                name,
                username,
                serialNumber,
                model,
                manufacturer,
                manufacturerId,
                purchaseDate,
                warrantyEnd,
                value ? ReferenceData.STATUS_RETIRED : ReferenceData.STATUS_ACTIVE,
                now);
    }

    public AssetState withName(String value) {
        return new AssetState(
                id,
                assetTypeId,
                clientId,
                siteId,
                inactive,
                inventoryNumber,
                value,
                username,
                serialNumber,
                model,
                manufacturer,
                manufacturerId,
                purchaseDate,
                warrantyEnd,
                statusId,
                lastUpdate);
    }

    public AssetState withInventoryNumber(String value) {
        return new AssetState(
                id,
                assetTypeId,
                clientId,
                siteId,
                inactive,
                value,
                name,
                username,
                serialNumber,
                model,
                manufacturer,
                manufacturerId,
                purchaseDate,
                warrantyEnd,
                statusId,
                lastUpdate);
    }

    public AssetState withUsername(String value) {
        return new AssetState(
                id,
                assetTypeId,
                clientId,
                siteId,
                inactive,
                inventoryNumber,
                name,
                value,
                serialNumber,
                model,
                manufacturer,
                manufacturerId,
                purchaseDate,
                warrantyEnd,
                statusId,
                lastUpdate);
    }

    public AssetState withSerialNumber(String value) {
        return new AssetState(
                id,
                assetTypeId,
                clientId,
                siteId,
                inactive,
                inventoryNumber,
                name,
                username,
                value,
                model,
                manufacturer,
                manufacturerId,
                purchaseDate,
                warrantyEnd,
                statusId,
                lastUpdate);
    }

    public AssetState withModel(String value) {
        return new AssetState(
                id,
                assetTypeId,
                clientId,
                siteId,
                inactive,
                inventoryNumber,
                name,
                username,
                serialNumber,
                value,
                manufacturer,
                manufacturerId,
                purchaseDate,
                warrantyEnd,
                statusId,
                lastUpdate);
    }

    public AssetState withManufacturer(String value) {
        return new AssetState(
                id,
                assetTypeId,
                clientId,
                siteId,
                inactive,
                inventoryNumber,
                name,
                username,
                serialNumber,
                model,
                value,
                ReferenceData.manufacturerId(value),
                purchaseDate,
                warrantyEnd,
                statusId,
                lastUpdate);
    }

    public AssetState withWarrantyEnd(LocalDate value) {
        return new AssetState(
                id,
                assetTypeId,
                clientId,
                siteId,
                inactive,
                inventoryNumber,
                name,
                username,
                serialNumber,
                model,
                manufacturer,
                manufacturerId,
                purchaseDate,
                value,
                statusId,
                lastUpdate);
    }

    public AssetState withAssetTypeId(int value) {
        return new AssetState(
                id,
                value,
                clientId,
                siteId,
                inactive,
                inventoryNumber,
                name,
                username,
                serialNumber,
                model,
                manufacturer,
                manufacturerId,
                purchaseDate,
                warrantyEnd,
                statusId,
                lastUpdate);
    }

    /** Moves the asset; the site must belong to the client (see {@link HaloData#changeAsset}). */
    public AssetState withLocation(int newClientId, int newSiteId) {
        return new AssetState(
                id,
                assetTypeId,
                newClientId,
                newSiteId,
                inactive,
                inventoryNumber,
                name,
                username,
                serialNumber,
                model,
                manufacturer,
                manufacturerId,
                purchaseDate,
                warrantyEnd,
                statusId,
                lastUpdate);
    }

    public AssetState withLastUpdate(LocalDateTime value) {
        return new AssetState(
                id,
                assetTypeId,
                clientId,
                siteId,
                inactive,
                inventoryNumber,
                name,
                username,
                serialNumber,
                model,
                manufacturer,
                manufacturerId,
                purchaseDate,
                warrantyEnd,
                statusId,
                value);
    }
}
