package io.assetbridge.connector.connectwise;

import io.assetbridge.connector.connectwise.client.Answer;
import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.FailureKind;
import io.assetbridge.spi.ResourceType;
import jakarta.json.JsonNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which types the API member's role may read. A connection test probes each permission with one {@code /count}
 * (whose answer is also the type's total); a sync probes nothing — every request of a run is a page — and learns
 * a refused permission from the first page of that type, with the same message.
 */
final class Discovery {

    private record Probe(String path, String what) {}

    private static final Map<ResourceType, Probe> PROBES = new LinkedHashMap<>();

    static {
        PROBES.put(CwResourceTypes.CUSTOMERS, new Probe("/company/companies", "companies"));
        PROBES.put(CwResourceTypes.ASSET_TYPES, new Probe("/company/configurations/types", "configuration types"));
        PROBES.put(CwResourceTypes.CONFIGURATIONS, new Probe("/company/configurations", "configurations"));
    }

    private Discovery() {}

    static List<ResourceType> readable(CwSession session, boolean probe) {
        if (!probe) {
            return CwResourceTypes.ALL;
        }
        var refused = new ArrayList<String>();
        var granted = new ArrayList<String>();
        PROBES.forEach((type, p) -> {
            try {
                Answer answer = session.read(
                        p.path() + "/count",
                        Map.of(),
                        false,
                        new CwSession.Read(p.path() + "/count", p.what(), type.permission()));
                CwJson.object(answer.body())
                        .filter(o -> o.get("count") instanceof JsonNumber)
                        .ifPresent(o -> session.rememberTotal(
                                type.id(), o.getJsonNumber("count").longValue()));
                granted.add(type.permission());
            } catch (ConnectorException e) {
                if (e.kind() != FailureKind.PERMISSION) {
                    throw e;
                }
                refused.add(type.permission());
            }
        });
        if (granted.isEmpty()) {
            throw new ConnectorException(
                    FailureKind.PERMISSION,
                    "The API member's security role may read nothing this connector needs: grant "
                            + String.join(", ", refused) + " in ConnectWise (System › Security Roles).");
        }
        Set<String> ok = Set.copyOf(granted);
        return CwResourceTypes.ALL.stream()
                .filter(type -> ok.contains(type.permission()))
                .toList();
    }
}
