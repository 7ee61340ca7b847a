package io.assetbridge.spi;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A kind of record a connector can read.
 *
 * @param id            stable id, lower case with dashes, e.g. {@code hardware}
 * @param label         human name
 * @param role          what it contributes; decides sync order
 * @param ciClass       for {@link ResourceRole#CONFIGURATION_ITEM}: the default class of its CIs; null
 *                      for other roles
 * @param selectable    whether an admin may switch it on or off in the sync settings; a type that is
 *                      not selectable is read whenever a type depending on it is
 * @param permission    the source-system permission needed to read it (e.g. {@code read:assets}), or
 *                      null; names the check a connection test reports
 * @param modifiedSince whether {@link PageRequest#modifiedSince()} is honoured for it: the platform then
 *                      reads it incrementally in incremental runs (only configuration items carry the
 *                      {@link ConfigurationItem#sourceModifiedAt()} the watermark is taken from)
 * @param pageSize      the rows per page the platform asks for ({@link PageRequest#pageSizeHint()}), 1 to
 *                      {@value #MAX_PAGE_SIZE}: what the source serves per request at most, so a run costs
 *                      as few requests as the source allows; {@value #DEFAULT_PAGE_SIZE} unless declared;
 *                      since 1.0
 * @param overlap       how far before its watermark an incremental read starts: the watermark is the
 *                      highest {@link ConfigurationItem#sourceModifiedAt()} a complete run read, and a
 *                      record changed while that run read (or stamped by a clock a little behind) must not
 *                      fall between two runs; {@link #DEFAULT_OVERLAP} unless declared; since 1.0
 * @since 0.1
 */
public record ResourceType(
        String id,
        String label,
        ResourceRole role,
        CiClass ciClass,
        boolean selectable,
        String permission,
        boolean modifiedSince,
        int pageSize,
        Duration overlap) {

    /**
     * The page size of a type that declares none.
     *
     * @since 1.0
     */
    public static final int DEFAULT_PAGE_SIZE = 100;

    /**
     * The largest page size a type may declare.
     *
     * @since 1.0
     */
    public static final int MAX_PAGE_SIZE = 10_000;

    /**
     * The overlap of a type that declares none.
     *
     * @since 1.0
     */
    public static final Duration DEFAULT_OVERLAP = Duration.ofMinutes(5);

    private static final Duration MAX_OVERLAP = Duration.ofDays(7);
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * The canonical constructor.
     *
     * @since 1.0
     */
    public ResourceType {
        Values.require(
                id != null && ID.matcher(id).matches(), "resource type id must be lower case with dashes, got " + id);
        label = Values.requireText(label, "label");
        Values.require(role != null, "resource type " + id + " needs a role");
        Values.require(
                (role == ResourceRole.CONFIGURATION_ITEM) == (ciClass != null),
                "resource type " + id + ": a CI class is given exactly for configuration items");
        Values.require(permission == null || !permission.isBlank(), "permission must not be blank");
        Values.require(
                pageSize >= 1 && pageSize <= MAX_PAGE_SIZE,
                "resource type " + id + ": page size must be 1 to " + MAX_PAGE_SIZE + ", got " + pageSize);
        Values.require(
                overlap != null && !overlap.isNegative() && overlap.compareTo(MAX_OVERLAP) <= 0,
                "resource type " + id + ": overlap must be zero to seven days");
    }

    /**
     * A type with the default page size and overlap.
     *
     * @since 0.1
     */
    public ResourceType(
            String id,
            String label,
            ResourceRole role,
            CiClass ciClass,
            boolean selectable,
            String permission,
            boolean modifiedSince) {
        this(id, label, role, ciClass, selectable, permission, modifiedSince, DEFAULT_PAGE_SIZE, DEFAULT_OVERLAP);
    }

    /**
     * This type read {@code pageSize} rows per request, e.g. {@code 500} for a source that serves 500.
     *
     * @since 1.0
     */
    public ResourceType withPageSize(int pageSize) {
        return new ResourceType(id, label, role, ciClass, selectable, permission, modifiedSince, pageSize, overlap);
    }

    /**
     * This type read incrementally: the source filters by last change, and an incremental read starts
     * {@code overlap} before the watermark.
     *
     * @since 1.0
     */
    public ResourceType withModifiedSince(Duration overlap) {
        return new ResourceType(id, label, role, ciClass, selectable, permission, true, pageSize, overlap);
    }
}
