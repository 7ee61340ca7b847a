package io.assetbridge.spi;

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
 * @param modifiedSince whether {@link PageRequest#modifiedSince()} is honoured for it
 */
public record ResourceType(
        String id,
        String label,
        ResourceRole role,
        CiClass ciClass,
        boolean selectable,
        String permission,
        boolean modifiedSince) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public ResourceType {
        Values.require(
                id != null && ID.matcher(id).matches(), "resource type id must be lower case with dashes, got " + id);
        label = Values.requireText(label, "label");
        Values.require(role != null, "resource type " + id + " needs a role");
        Values.require(
                (role == ResourceRole.CONFIGURATION_ITEM) == (ciClass != null),
                "resource type " + id + ": a CI class is given exactly for configuration items");
        Values.require(permission == null || !permission.isBlank(), "permission must not be blank");
    }
}
