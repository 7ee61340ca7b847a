package io.assetbridge.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A configuration item in canonical form. Every field but {@code sourceId}, {@code ciClass},
 * {@code name}, {@code status} and {@code attributes} may be null (absent at the source).
 *
 * @param sourceId         stable id at the source
 * @param ciClass          hardware or software (before the platform applies the settings' classification)
 * @param name             display name; never blank (falls back to the asset tag, then the id)
 * @param typeName         type name, e.g. {@code Laptop}
 * @param typeSourceId     the asset type's source id, used for classification
 * @param status           active or inactive at the source
 * @param serialNumber     serial number
 * @param assetTag         asset tag / inventory number
 * @param manufacturer     manufacturer or vendor
 * @param model            model
 * @param customerSourceId owning customer's source id
 * @param siteSourceId     site's source id
 * @param assignedUser     the user it is assigned to
 * @param warrantyStart    warranty start
 * @param warrantyEnd      warranty end
 * @param purchaseDate     purchase date
 * @param sourceModifiedAt last change at the source; not part of the content (a change of this
 *                         alone is not an update)
 * @param attributes       the remaining non-empty source fields and custom fields, sorted by key
 *
 * @since 0.1
 */
public record ConfigurationItem(
        String sourceId,
        CiClass ciClass,
        String name,
        String typeName,
        String typeSourceId,
        SourceStatus status,
        String serialNumber,
        String assetTag,
        String manufacturer,
        String model,
        String customerSourceId,
        String siteSourceId,
        String assignedUser,
        LocalDate warrantyStart,
        LocalDate warrantyEnd,
        LocalDate purchaseDate,
        Instant sourceModifiedAt,
        Map<String, String> attributes)
        implements CanonicalRecord {

    /**
     * @since 0.1
     */
    public ConfigurationItem {
        sourceId = Values.requireText(sourceId, "sourceId");
        Values.require(ciClass != null, "ciClass must not be null");
        Values.require(status != null, "status must not be null");
        name = name != null && !name.isBlank()
                ? name
                : assetTag != null && !assetTag.isBlank() ? assetTag : ciClass.wireName() + " " + sourceId;
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /**
     * @since 0.1
     */
    public static Builder builder(String sourceId, CiClass ciClass) {
        return new Builder(sourceId, ciClass);
    }

    /**
     * Builds a CI field by field; mapping code reads better than an 18-argument constructor.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final String sourceId;
        private final CiClass ciClass;
        private String name;
        private String typeName;
        private String typeSourceId;
        private SourceStatus status = SourceStatus.ACTIVE;
        private String serialNumber;
        private String assetTag;
        private String manufacturer;
        private String model;
        private String customerSourceId;
        private String siteSourceId;
        private String assignedUser;
        private LocalDate warrantyStart;
        private LocalDate warrantyEnd;
        private LocalDate purchaseDate;
        private Instant sourceModifiedAt;
        private final Map<String, String> attributes = new TreeMap<>();

        private Builder(String sourceId, CiClass ciClass) {
            this.sourceId = sourceId;
            this.ciClass = ciClass;
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder typeName(String v) {
            typeName = v;
            return this;
        }

        public Builder typeSourceId(String v) {
            typeSourceId = v;
            return this;
        }

        public Builder status(SourceStatus v) {
            status = v;
            return this;
        }

        public Builder serialNumber(String v) {
            serialNumber = v;
            return this;
        }

        public Builder assetTag(String v) {
            assetTag = v;
            return this;
        }

        public Builder manufacturer(String v) {
            manufacturer = v;
            return this;
        }

        public Builder model(String v) {
            model = v;
            return this;
        }

        public Builder customerSourceId(String v) {
            customerSourceId = v;
            return this;
        }

        public Builder siteSourceId(String v) {
            siteSourceId = v;
            return this;
        }

        public Builder assignedUser(String v) {
            assignedUser = v;
            return this;
        }

        public Builder warrantyStart(LocalDate v) {
            warrantyStart = v;
            return this;
        }

        public Builder warrantyEnd(LocalDate v) {
            warrantyEnd = v;
            return this;
        }

        public Builder purchaseDate(LocalDate v) {
            purchaseDate = v;
            return this;
        }

        public Builder sourceModifiedAt(Instant v) {
            sourceModifiedAt = v;
            return this;
        }

        /** Adds an attribute; null or blank values are left out. */
        public Builder attribute(String key, String value) {
            if (key != null && value != null && !value.isBlank()) {
                attributes.put(key, value);
            }
            return this;
        }

        public ConfigurationItem build() {
            return new ConfigurationItem(
                    sourceId,
                    ciClass,
                    name,
                    typeName,
                    typeSourceId,
                    status,
                    serialNumber,
                    assetTag,
                    manufacturer,
                    model,
                    customerSourceId,
                    siteSourceId,
                    assignedUser,
                    warrantyStart,
                    warrantyEnd,
                    purchaseDate,
                    sourceModifiedAt,
                    attributes);
        }
    }
}
