package io.assetbridge.connector.halo;

import io.assetbridge.connector.halo.client.JsonBodies;
import io.assetbridge.connector.halo.client.ListQuery;
import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.FailureKind;
import io.assetbridge.spi.Page;
import io.assetbridge.spi.PageRequest;

/**
 * Reads one page of one resource type. Every paged list asks for 100 rows whatever page size the platform
 * hints, because Halo caps pages at 100 and a larger request would only look like an early end.
 */
final class HaloPages {

    private HaloPages() {}

    static Page fetch(HaloSession session, PageRequest request) {
        String resource = request.resourceType();
        Cursor cursor = request.cursor() == null
                ? Cursor.start(resource, request.modifiedSince())
                : Cursor.decode(request.cursor(), resource);
        return switch (resource) {
            case "customers" -> simple(session, cursor, ListSpec.CLIENTS);
            case "sites" -> simple(session, cursor, ListSpec.SITES);
            case "software" -> simple(session, cursor, ListSpec.LICENCES);
            case "asset-types" -> assetTypes(session);
            case "hardware" -> HardwareWalk.read(session, cursor);
            case "installed-software" -> {
                if (!session.settings().includeInstalledSoftware()) {
                    throw new ConnectorException(
                            FailureKind.CONFIGURATION,
                            "Installed software is switched off for"
                                    + " this integration; turn on Include installed software to read it.",
                            null,
                            HaloProperties.INCLUDE_INSTALLED_SOFTWARE,
                            null);
                }
                yield InstalledSoftwareWalk.read(session, cursor);
            }
            default ->
                throw new ConnectorException(
                        FailureKind.CONFIGURATION,
                        "The Halo ITSM connector has no" + " resource type \"" + resource + "\".");
        };
    }

    private static Page simple(HaloSession session, Cursor cursor, ListSpec spec) {
        String what = cursor.resource() + " page " + cursor.pageNo();
        PagedList.Step step = PagedList.read(session, spec, ListQuery.page(spec.list(), cursor.pageNo()), cursor, what);
        String next = step.done()
                ? null
                : cursor.after(step.first(), step.last(), step.seen()).encode();
        return step.page(cursor.resource(), next);
    }

    /** Halo does not page asset types: the whole list is one page. */
    private static Page assetTypes(HaloSession session) {
        var body = session.client()
                .list(
                        ListQuery.whole(ListSpec.ASSET_TYPES.list()),
                        session,
                        ListSpec.ASSET_TYPES.permission(),
                        "the asset type list");
        var rows = JsonBodies.rows(body, ListSpec.ASSET_TYPES.key());
        session.rememberAssetTypeIds(HardwareWalk.idsOf(rows));
        return Page.last(Records.of(HaloResourceTypes.ASSET_TYPES.id(), rows)).withTotal(rows.size());
    }
}
