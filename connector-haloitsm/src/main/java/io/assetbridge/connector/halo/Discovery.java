package io.assetbridge.connector.halo;

import io.assetbridge.connector.halo.client.JsonBodies;
import io.assetbridge.connector.halo.client.ListQuery;
import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.FailureKind;
import io.assetbridge.spi.ResourceType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which resource types the account can read. Halo may leave a scope out of the token silently and
 * refuse later with 403, so each permission is probed with one cheap read: the first page of one row of a
 * list needing it — three requests in all, whatever is enabled. Each probe's {@code record_count} is the
 * list's total, kept in the session for the sync's progress.
 */
final class Discovery {

    private Discovery() {}

    static List<ResourceType> readable(HaloSession session) {
        Map<String, ListSpec> probes = new LinkedHashMap<>();
        probes.put(HaloResourceTypes.READ_CUSTOMERS, ListSpec.CLIENTS);
        probes.put(HaloResourceTypes.READ_ASSETS, ListSpec.ASSETS);
        probes.put(HaloResourceTypes.READ_SOFTWARE, ListSpec.LICENCES);
        var granted = new ArrayList<String>();
        var refused = new ArrayList<String>();
        probes.forEach((permission, spec) -> {
            try {
                var body = session.client()
                        .list(
                                ListQuery.probe(spec.list()),
                                session,
                                spec.permission(),
                                "the first page of " + spec.list());
                JsonBodies.recordCount(body).ifPresent(total -> session.rememberTotal(spec, total));
                granted.add(permission);
            } catch (ConnectorException e) {
                if (e.kind() != FailureKind.PERMISSION) {
                    throw e;
                }
                refused.add(spec.permission());
            }
        });
        if (granted.isEmpty()) {
            throw new ConnectorException(
                    FailureKind.PERMISSION,
                    "The API application lacks "
                            + String.join(", ", refused) + ", so there is nothing it may read — grant them in Halo"
                            + " (Configuration › Integrations › Halo API › View Applications › Permissions).",
                    null,
                    "scopes",
                    null);
        }
        return HaloResourceTypes.ALL.stream()
                .filter(type -> granted.contains(type.permission()))
                .filter(type -> type != HaloResourceTypes.INSTALLED_SOFTWARE
                        || session.settings().includeInstalledSoftware())
                .toList();
    }
}
