package io.assetbridge.halosim.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The indexed listings must agree with the obvious, slow answer: scan every record, filter, sort.
 * Checked for every filter combination, with and without mutations in the overlay.
 */
class ListingIndexTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T09:00:00Z"), ZoneOffset.UTC);

    private final HaloData data = new HaloData(new DataShape(1500, 12, 3, 7, 50, 0.2, 42), CLOCK);

    @Test
    void assetListingsMatchABruteForceScanForEveryFilter() {
        assertAllFiltersMatchScan();
    }

    @Test
    void assetListingsMatchABruteForceScanAfterMutations() {
        Random r = new Random(7);
        for (int k = 0; k < 60; k++) {
            int id = 1 + r.nextInt(1500);
            if (data.asset(id).isEmpty()) {
                continue;
            }
            switch (k % 5) {
                case 0 -> data.deactivateAsset(id);
                case 1 -> data.hardDeleteAsset(id);
                case 2 -> data.changeAsset(id, "client_id", Integer.toString(1 + r.nextInt(12)));
                case 3 -> data.changeAsset(id, "assettype_id", Integer.toString(101 + r.nextInt(7)));
                default -> data.addAsset(101 + r.nextInt(7), 1 + r.nextInt(12));
            }
        }
        assertAllFiltersMatchScan();
    }

    @Test
    void modifiedSinceIsAnIdBoundOnBaseDataPlusMutatedRecords() {
        LocalDateTime since = LocalDateTime.of(2023, 3, 1, 0, 0);
        data.bumpLastUpdate(3);
        AssetQuery q = AssetQuery.all().withModifiedSince(since);
        List<Integer> expected = scan(a -> q.matches(a));
        assertThat(ids(data.listAssets(q, 0, 5000, false))).containsExactlyElementsOf(expected);
        assertThat(expected).contains(3);
    }

    @Test
    void clientAndSiteListingsMatchAScan() {
        data.addClient("Neue Kunde GmbH");
        data.hardDeleteClient(2);
        data.deactivateClient(3);
        for (Activity activity : List.of(Activity.ACTIVE, Activity.INACTIVE, Activity.BOTH)) {
            List<Integer> clients = new ArrayList<>();
            for (int id = 1; id <= 20; id++) {
                data.client(id).filter(c -> activity.admits(c.inactive())).ifPresent(c -> clients.add(c.id()));
            }
            assertThat(ids(data.listClients(activity, null, 0, 100, false))).containsExactlyElementsOf(clients);
            for (Integer clientId : Arrays.asList(null, 1, 2, 13)) {
                List<Integer> sites = new ArrayList<>();
                for (int id = 1; id <= 60; id++) {
                    data.site(id)
                            .filter(s -> activity.admits(s.inactive()))
                            .filter(s -> clientId == null || s.clientId() == clientId)
                            .ifPresent(s -> sites.add(s.id()));
                }
                assertThat(ids(data.listSites(clientId, activity, null, 0, 100, false)))
                        .as("sites of client %s, %s", clientId, activity)
                        .containsExactlyElementsOf(sites);
            }
        }
    }

    private void assertAllFiltersMatchScan() {
        List<AssetState> everything = new ArrayList<>();
        for (int id = 1; id <= 1600; id++) {
            data.asset(id).ifPresent(everything::add);
        }
        List<Integer> types = new ArrayList<>(data.assetTypeIds());
        types.add(null);
        types.add(999);
        for (Activity activity : Activity.values()) {
            for (Integer type : types) {
                for (Integer client : Arrays.asList(null, 1, 5, 12, 77)) {
                    for (Integer site : Arrays.asList(null, 1, 14)) {
                        AssetQuery q = new AssetQuery(type, client, site, activity, null);
                        List<Integer> expected = everything.stream()
                                .filter(q::matches)
                                .map(AssetState::id)
                                .toList();
                        assertThat(data.countAssets(q)).as("count %s", q).isEqualTo(expected.size());
                        assertPagesMatch(q, expected);
                    }
                }
            }
        }
    }

    private void assertPagesMatch(AssetQuery q, List<Integer> expected) {
        int size = 37;
        List<Integer> asc = new ArrayList<>();
        List<Integer> desc = new ArrayList<>();
        for (int offset = 0; offset < expected.size(); offset += size) {
            asc.addAll(ids(data.listAssets(q, offset, size, false)));
            desc.addAll(ids(data.listAssets(q, offset, size, true)));
        }
        assertThat(asc).as("ascending %s", q).containsExactlyElementsOf(expected);
        List<Integer> reversed = new ArrayList<>(expected);
        Collections.reverse(reversed);
        assertThat(desc).as("descending %s", q).containsExactlyElementsOf(reversed);
    }

    private List<Integer> scan(Predicate<AssetState> filter) {
        List<Integer> out = new ArrayList<>();
        for (int id = 1; id <= 1600; id++) {
            data.asset(id).filter(filter).ifPresent(a -> out.add(a.id()));
        }
        return out;
    }

    private static List<Integer> ids(Page page) {
        return Arrays.stream(page.ids()).boxed().toList();
    }
}
