package io.assetbridge.halosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.halosim.data.AssetQuery;
import io.assetbridge.halosim.data.AssetState;
import io.assetbridge.halosim.data.ClientState;
import io.assetbridge.halosim.data.HaloData;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each mutation, seen through the API as a connector would see it. */
class MutationTest {

    private final SimulatorClock clock = SimulatorClock.manual();
    private final HaloSimulator sim = HaloSimulator.start(SimulatorSettings.defaults()
            .withAssets(500)
            .withClients(10)
            .withClock(clock)
            .withModifiedSinceFilter(true));
    private final HaloData data = sim.data();
    private final HaloTestClient client = new HaloTestClient(sim).login(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void anAddedAssetIsListedCountedAndFetchable() {
        int before = data.totalAssets();
        AssetState added = data.addAsset(103, 4);
        assertThat(added.id()).isEqualTo(501);
        assertThat(data.totalAssets()).isEqualTo(before + 1);
        assertThat(allIds("/api/Asset?pageinate=true&includeinactive=true&includeactive=true"))
                .contains(501);
        assertThat(allIds("/api/Asset?pageinate=true&client_id=4&assettype_id=103"))
                .contains(501);
        Map<String, Object> row = client.get("/api/Asset/501").json();
        assertThat(row.get("client_id")).isEqualTo(BigDecimal.valueOf(4));
        assertThat(row.get("assettype_id")).isEqualTo(BigDecimal.valueOf(103));
    }

    @Test
    void aChangedAssetShowsItsNewValuesAndANewLastUpdate() {
        AssetState before = data.asset(10).orElseThrow();
        clock.advance(Duration.ofMinutes(5));
        data.changeAsset(10, "serial", "SN-CHANGED");
        data.changeAsset(10, "name", "Renamed Laptop");
        Map<String, Object> row =
                client.get("/api/Asset/10?includedetails=true").json();
        assertThat(row.get("key_field")).isEqualTo("Renamed Laptop");
        assertThat(row.get("dlastupdate")).isEqualTo("2025-07-01T09:05:00");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fields = (List<Map<String, Object>>) row.get("fields");
        assertThat(fields).anySatisfy(f -> {
            assertThat(f.get("name")).isEqualTo("Serial Number");
            assertThat(f.get("display")).isEqualTo("SN-CHANGED");
        });
        assertThat(data.asset(10).orElseThrow().lastUpdate()).isAfter(before.lastUpdate());
    }

    @Test
    void movingAnAssetToAnotherClientLandsOnItsMainSite() {
        AssetState moved = data.changeAsset(11, "client_id", "7");
        assertThat(moved.clientId()).isEqualTo(7);
        assertThat(data.site(moved.siteId()).orElseThrow().clientId()).isEqualTo(7);
        assertThat(allIds("/api/Asset?pageinate=true&client_id=7&includeinactive=true"))
                .contains(11);
    }

    @Test
    void aDeactivatedAssetLeavesTheDefaultListButStaysWithInactiveIncluded() {
        int id = firstActiveAsset();
        data.deactivateAsset(id);
        assertThat(allIds("/api/Asset?pageinate=true")).doesNotContain(id);
        assertThat(allIds("/api/Asset?pageinate=true&includeinactive=true&includeactive=true"))
                .contains(id);
        assertThat(client.get("/api/Asset/" + id).json().get("inactive")).isEqualTo(true);
        data.activateAsset(id);
        assertThat(allIds("/api/Asset?pageinate=true")).contains(id);
    }

    @Test
    void aHardDeletedAssetIsGoneEverywhere() {
        int total = data.totalAssets();
        data.hardDeleteAsset(12);
        assertThat(data.totalAssets()).isEqualTo(total - 1);
        assertThat(client.get("/api/Asset/12").status()).isEqualTo(404);
        assertThat(allIds("/api/Asset?pageinate=true&includeinactive=true&includeactive=true"))
                .doesNotContain(12);
        assertThatThrownBy(() -> data.changeAsset(12, "name", "x")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void anAddedClientComesWithSites() {
        ClientState c = data.addClient("Neue Kunde GmbH");
        assertThat(c.id()).isEqualTo(11);
        assertThat(allIds("/api/Client?pageinate=true", "clients")).contains(11);
        assertThat(allIds("/api/Site?pageinate=true&client_id=11", "sites")).hasSize(3);
        assertThat(data.totalSites()).isEqualTo(33);
    }

    @Test
    void aRenamedClientIsRenamedOnItsAssetsToo() {
        int assetId =
                data.listAssets(AssetQuery.all().withClientId(2), 0, 1, false).ids()[0];
        data.renameClient(2, "Renamed Ltd");
        assertThat(client.get("/api/Client/2").json().get("name")).isEqualTo("Renamed Ltd");
        assertThat(client.get("/api/Asset/" + assetId).json().get("client_name"))
                .isEqualTo("Renamed Ltd");
    }

    @Test
    void aDeactivatedClientLeavesTheDefaultClientList() {
        data.deactivateClient(3);
        assertThat(allIds("/api/Client?pageinate=true", "clients")).doesNotContain(3);
        assertThat(allIds("/api/Client?pageinate=true&includeinactive=true", "clients"))
                .contains(3);
    }

    @Test
    void aHardDeletedClientTakesItsSitesWithIt() {
        data.hardDeleteClient(4);
        assertThat(client.get("/api/Client/4").status()).isEqualTo(404);
        assertThat(allIds("/api/Site?pageinate=true&client_id=4&includeinactive=true", "sites"))
                .isEmpty();
        assertThat(data.totalClients()).isEqualTo(9);
    }

    @Test
    void bumpingTheLastUpdateMakesARecordShowUpAsModifiedSince() {
        String since = "/api/Asset?pageinate=true&includeinactive=true&lastupdatefromdate=2025-07-01T00:00:00";
        assertThat(client.get(since).recordCount()).isZero();
        data.bumpLastUpdate(20);
        assertThat(allIds(since)).containsExactly(20);
        data.bumpClientLastUpdate(5);
        assertThat(allIds("/api/Client?pageinate=true&lastupdatefromdate=2025-07-01", "clients"))
                .containsExactly(5);
    }

    @Test
    void modifiedSinceIsIgnoredUnlessEnabledAsOnUnverifiedHalo() {
        sim.reconfigure(s -> s.withModifiedSinceFilter(false));
        int all = client.get("/api/Asset?pageinate=true").recordCount();
        assertThat(client.get("/api/Asset?pageinate=true&lastupdatefromdate=2025-07-01")
                        .recordCount())
                .isEqualTo(all);
    }

    @Test
    void mutationsWorkOverHttp() {
        Map<String, Object> added = client.post("/_sim/mutate?op=add-asset&assettype_id=104&client_id=2")
                .json();
        int id = ((Number) added.get("id")).intValue();
        client.post("/_sim/mutate?op=change-asset&id=" + id + "&field=model&value=Caf%C3%A9%20Model");
        assertThat(client.get("/_sim/assets/" + id).json().get("model")).isEqualTo("Café Model");
        client.post("/_sim/mutate?op=deactivate-asset&id=" + id);
        assertThat(data.asset(id).orElseThrow().inactive()).isTrue();
        client.post("/_sim/mutate?op=delete-asset&id=" + id);
        assertThat(client.get("/_sim/assets/" + id).status()).isEqualTo(404);
        Map<String, Object> newClient =
                client.post("/_sim/mutate?op=add-client&name=HTTP%20Client").json();
        assertThat(newClient.get("name")).isEqualTo("HTTP Client");
        assertThat(client.post("/_sim/mutate?op=delete-client&id=1").status()).isEqualTo(200);
        assertThat(client.post("/_sim/mutate?op=bogus").status()).isEqualTo(400);
        assertThat(client.get("/_sim/summary").json().get("mutations")).isEqualTo(BigDecimal.valueOf(6));
    }

    private int firstActiveAsset() {
        return data.listAssets(AssetQuery.activeOnly(), 0, 1, false).ids()[0];
    }

    private List<Integer> allIds(String path) {
        return allIds(path, "assets");
    }

    /** Walks every page the way a connector should: stop at record_count (pages repeat past the end). */
    private List<Integer> allIds(String path, String key) {
        ArrayList<Integer> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            HaloTestClient.Response r = client.get(path + "&page_size=100&page_no=" + page);
            List<Map<String, Object>> rows = r.rows(key);
            rows.forEach(row -> ids.add(((Number) row.get("id")).intValue()));
            if (rows.size() < 100 || ids.size() >= r.recordCount()) {
                return ids;
            }
        }
    }
}
