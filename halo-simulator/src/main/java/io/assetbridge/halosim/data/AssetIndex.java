package io.assetbridge.halosim.data;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Compact indexes over the generated assets, built once at start: the active flag as
 * {@link RankedBits}, and for asset type and client a posting array (asset ids grouped by value,
 * ascending within a group) with aligned active bits. About 8.5 bytes per asset in total.
 * Filters combining two dimensions (or a site) are derived on demand from the smaller posting group
 * and cached, since a sync asks for the same combination page after page.
 */
final class AssetIndex {

    private static final int DERIVED_CACHE_SIZE = 16;

    private final AssetGenerator generator;
    private final int assets;
    private final RankedBits inactiveById;
    private final Posting byType;
    private final Posting byClient;
    private final Map<String, IdRun> derived = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, IdRun> eldest) {
            return size() > DERIVED_CACHE_SIZE;
        }
    };

    /** Ids grouped by a dimension value: group g is {@code ids[start[g] .. start[g+1])}. */
    private record Posting(int[] ids, int[] start, RankedBits inactive) {
        IdRun group(int g) {
            if (g < 0 || g >= start.length - 1) {
                return IdRun.EMPTY;
            }
            return IdRun.slice(ids, start[g], start[g + 1], inactive);
        }

        int groupSize(int g) {
            return g < 0 || g >= start.length - 1 ? 0 : start[g + 1] - start[g];
        }
    }

    private interface GroupOf {
        int of(int id);
    }

    AssetIndex(AssetGenerator generator, int assets, int assetTypes, int clients) {
        this.generator = generator;
        this.assets = assets;
        this.inactiveById = new RankedBits(assets, p -> generator.inactive(p + 1));
        this.byType = posting(assetTypes, generator::typeIndex);
        this.byClient = posting(clients, id -> generator.clientId(id) - 1);
    }

    private Posting posting(int groups, GroupOf groupOf) {
        int[] start = new int[groups + 1];
        for (int id = 1; id <= assets; id++) {
            start[groupOf.of(id) + 1]++;
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] += start[g];
        }
        int[] next = start.clone();
        int[] ids = new int[assets];
        for (int id = 1; id <= assets; id++) { // ascending ids keep every group sorted
            ids[next[groupOf.of(id)]++] = id;
        }
        RankedBits inactive = new RankedBits(assets, p -> generator.inactive(ids[p]));
        return new Posting(ids, start, inactive);
    }

    /**
     * Base assets matching the filter (null = any). {@code typeIndex} is dense (0-based), -1 for an
     * unknown type, so the run is empty.
     */
    IdRun run(Integer typeIndex, Integer clientId, Integer siteId, Activity activity) {
        IdRun run;
        if (typeIndex == null && clientId == null && siteId == null) {
            run = IdRun.identity(1, assets, inactiveById);
        } else if (siteId == null && clientId == null) {
            run = byType.group(typeIndex);
        } else if (siteId == null && typeIndex == null) {
            run = byClient.group(clientId - 1);
        } else {
            run = derivedRun(typeIndex, clientId, siteId);
        }
        return run.with(activity);
    }

    private IdRun derivedRun(Integer typeIndex, Integer clientId, Integer siteId) {
        String key = typeIndex + "/" + clientId + "/" + siteId;
        synchronized (derived) {
            IdRun cached = derived.get(key);
            if (cached != null) {
                return cached;
            }
        }
        IdRun built = buildDerived(typeIndex, clientId, siteId);
        synchronized (derived) {
            derived.put(key, built);
        }
        return built;
    }

    private IdRun buildDerived(Integer typeIndex, Integer clientId, Integer siteId) {
        Integer client = clientId;
        if (siteId != null) {
            int siteClient = generator.clientOfSite(siteId);
            if (client != null && client != siteClient) {
                return IdRun.EMPTY;
            }
            client = siteClient;
        }
        // Walk the smaller of the candidate groups and keep the members matching every filter.
        Posting source;
        int group;
        if (client == null || (typeIndex != null && byType.groupSize(typeIndex) < byClient.groupSize(client - 1))) {
            source = byType;
            group = typeIndex;
        } else {
            source = byClient;
            group = client - 1;
        }
        IdRun candidates = source.group(group);
        final Integer wantedClient = client;
        IntPredicate matches = id -> (typeIndex == null || generator.typeIndex(id) == typeIndex)
                && (wantedClient == null || generator.clientId(id) == wantedClient)
                && (siteId == null || generator.siteId(id) == siteId);
        int[] kept = new int[candidates.size()];
        int n = 0;
        for (int k = 0; k < candidates.size(); k++) {
            int id = candidates.select(k);
            if (matches.test(id)) {
                kept[n++] = id;
            }
        }
        int[] ids = Arrays.copyOf(kept, n);
        return IdRun.slice(ids, 0, n, new RankedBits(n, p -> generator.inactive(ids[p])));
    }
}
