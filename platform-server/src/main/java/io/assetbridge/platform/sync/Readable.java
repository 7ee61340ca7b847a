package io.assetbridge.platform.sync;

import io.assetbridge.spi.ConnectorDescriptor;
import io.assetbridge.spi.ResourceRole;
import io.assetbridge.spi.ResourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Narrows a run (or a connection test) to the resource types the account may read, as the connector's
 * discovery found them, and words a warning for each selected type it may not: the run reads the rest and
 * still succeeds, and nothing of an unread type is marked missing.
 */
public final class Readable {

    private Readable() {}

    /** The types of {@code wanted} that {@code readable} lists, in {@code wanted}'s order. */
    public static List<ResourceType> of(List<ResourceType> wanted, List<ResourceType> readable) {
        Set<String> ids = ids(readable);
        return wanted.stream().filter(t -> ids.contains(t.id())).toList();
    }

    /**
     * One warning per selectable type of {@code wanted} that cannot be read. Types nobody selects (asset
     * types) need the same permission as a selectable one, which is named already.
     */
    public static List<RunWarning> warnings(
            List<ResourceType> wanted, List<ResourceType> readable, ConnectorDescriptor connector) {
        Set<String> ids = ids(readable);
        boolean typesReadable = readable.stream().anyMatch(t -> t.role() == ResourceRole.ASSET_TYPE);
        var warnings = new ArrayList<RunWarning>();
        for (ResourceType type : wanted) {
            if (type.selectable() && !ids.contains(type.id())) {
                warnings.add(RunWarning.unreadable(type, connector.displayName(), hint(type, typesReadable)));
            }
        }
        return warnings;
    }

    /** For an unread CI type, where CIs of its class can still come from. */
    private static String hint(ResourceType type, boolean typesReadable) {
        if (type.role() != ResourceRole.CONFIGURATION_ITEM || !typesReadable) {
            return "";
        }
        String ciClass = type.ciClass().name().toLowerCase(Locale.ROOT);
        return " Until then, " + ciClass + " CIs come only from asset types classified as " + ciClass
                + " in the sync settings.";
    }

    private static Set<String> ids(List<ResourceType> types) {
        return types.stream().map(ResourceType::id).collect(Collectors.toSet());
    }
}
