package io.assetbridge.halosim;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.halosim.data.AssetQuery;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Halo behaviours a connector must cope with, one test each. */
class HaloQuirksTest {

    private static HaloSimulator sim;
    private static HaloTestClient client;

    @BeforeAll
    static void start() {
        sim = HaloSimulator.start(
                SimulatorSettings.defaults().withAssets(1234).withClients(15).withInactiveRatio(0.2));
        client = new HaloTestClient(sim).login(sim);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void pageSizeIsCappedAt100WhateverIsAsked() {
        HaloTestClient.Response r = client.get(
                "/api/Asset?pageinate=true&page_size=1000&page_no=1" + "&includeinactive=true&includeactive=true");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.recordCount()).isEqualTo(1234);
        assertThat(r.rows("assets")).hasSize(100);
    }

    @Test
    void askingPastTheLastPageServesTheLastPageAgain() {
        String base = "/api/Asset?pageinate=true&page_size=100&includeinactive=true&includeactive=true&page_no=";
        HaloTestClient.Response last = client.get(base + 13);
        HaloTestClient.Response past = client.get(base + 14);
        HaloTestClient.Response farPast = client.get(base + 99);
        assertThat(last.rows("assets")).hasSize(34);
        assertThat(past.body()).isEqualTo(last.body());
        assertThat(farPast.body()).isEqualTo(last.body());
    }

    @Test
    void listsShowActiveRowsOnlyUnlessInactiveAreAskedFor() {
        int active = sim.data().activeAssets();
        assertThat(active).isLessThan(1234).isGreaterThan(900);
        HaloTestClient.Response byDefault = client.get("/api/Asset?pageinate=true&page_size=100");
        assertThat(byDefault.recordCount()).isEqualTo(active);
        assertThat(byDefault.rows("assets"))
                .allSatisfy(a -> assertThat(a.get("inactive")).isEqualTo(false));
        HaloTestClient.Response both = client.get("/api/Asset?pageinate=true&includeinactive=true&includeactive=true");
        assertThat(both.recordCount()).isEqualTo(1234);
        HaloTestClient.Response onlyInactive =
                client.get("/api/Asset?pageinate=true&includeinactive=true&includeactive=false");
        assertThat(onlyInactive.recordCount()).isEqualTo(1234 - active);
        assertThat(onlyInactive.rows("assets"))
                .allSatisfy(a -> assertThat(a.get("inactive")).isEqualTo(true));
        assertThat(client.get("/api/Asset?pageinate=true&activeinactive=true,true")
                        .recordCount())
                .isEqualTo(1234);
        assertThat(client.get("/api/Client?pageinate=true").recordCount())
                .isEqualTo(sim.data().activeClients());
    }

    @Test
    void assetFieldsAppearOnlyWithIncludeAssetFieldsAndAssetTypeId() {
        int laptop = sim.data().assetTypeIds().get(0);
        List<Map<String, Object>> withoutType =
                client.get("/api/Asset?pageinate=true&includeassetfields=true").rows("assets");
        assertThat(withoutType).allSatisfy(a -> assertThat(a).doesNotContainKey("fields"));
        List<Map<String, Object>> withoutFlag =
                client.get("/api/Asset?pageinate=true&assettype_id=" + laptop).rows("assets");
        assertThat(withoutFlag).allSatisfy(a -> assertThat(a).doesNotContainKey("fields"));
        List<Map<String, Object>> both = client.get(
                        "/api/Asset?pageinate=true&includeassetfields=true&assettype_id=" + laptop)
                .rows("assets");
        assertThat(both).isNotEmpty().allSatisfy(a -> {
            assertThat(a.get("assettype_id")).isEqualTo(BigDecimal.valueOf(laptop));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> fields = (List<Map<String, Object>>) a.get("fields");
            assertThat(fields)
                    .extracting(f -> f.get("name"))
                    .contains("Serial Number", "Model", "Manufacturer", "Purchase Date");
        });
        // Serial, model and manufacturer are never top-level keys.
        assertThat(both.get(0)).doesNotContainKeys("serial_number", "model", "manufacturer");
    }

    @Test
    void manufacturerIsALookupFieldWhoseDisplayHoldsTheName() {
        int id = sim.data().assetTypeIds().get(0);
        Map<String, Object> row = client.get("/api/Asset?pageinate=true&includeassetfields=true&assettype_id=" + id)
                .rows("assets")
                .get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> manufacturer = ((List<Map<String, Object>>) row.get("fields"))
                .stream()
                        .filter(f -> f.get("name").equals("Manufacturer"))
                        .findFirst()
                        .orElseThrow();
        int assetId = ((Number) row.get("id")).intValue();
        assertThat(manufacturer.get("display"))
                .isEqualTo(sim.data().asset(assetId).orElseThrow().manufacturer());
        assertThat((String) manufacturer.get("value")).matches("\\d+");
    }

    @Test
    void siteClientIdArrivesAsADecimal() {
        HaloTestClient.Response r = client.get("/api/Site?pageinate=true&page_size=5");
        assertThat(r.body()).contains("\"client_id\":1.0");
        BigDecimal clientId = (BigDecimal) r.rows("sites").get(0).get("client_id");
        assertThat(clientId.scale()).isEqualTo(1);
        assertThat(clientId.intValueExact()).isEqualTo(1);
    }

    @Test
    void assetTypesAreABareArrayWithoutPaging() {
        HaloTestClient.Response r = client.get("/api/AssetType?pageinate=true&page_size=2");
        assertThat(r.body()).startsWith("[");
        List<Object> types = MiniJson.array(r.body());
        assertThat(types).hasSize(sim.data().totalAssetTypes());
    }

    @Test
    void pathsAndParameterNamesAreCaseInsensitive() {
        HaloTestClient.Response lower = client.get("/api/asset?pageinate=true&page_size=10");
        HaloTestClient.Response upper = client.get("/API/ASSET?Pageinate=True&Page_Size=10");
        assertThat(upper.status()).isEqualTo(200);
        assertThat(upper.body()).isEqualTo(lower.body());
        assertThat(client.get("/api/softwarelicence?pageinate=true").status()).isEqualTo(200);
    }

    @Test
    void listsAreOrderedByIdAndOrderDescReversesThem() {
        List<Integer> asc = ids(
                client.get("/api/Asset?pageinate=true&page_size=100&order=id").rows("assets"));
        List<Integer> desc = ids(client.get("/api/Asset?pageinate=true&page_size=100&order=id&orderdesc=true")
                .rows("assets"));
        assertThat(asc).isSorted();
        assertThat(desc.get(0)).isGreaterThan(desc.get(99));
        assertThat(desc.get(0))
                .isEqualTo(sim.data()
                        .listAssets(AssetQuery.activeOnly(), 0, 1, true)
                        .ids()[0]);
    }

    @Test
    void walkingEveryPageOfEachAssetTypeVisitsEveryAssetExactlyOnce() {
        Set<Integer> seen = new HashSet<>();
        int total = 0;
        for (int type : sim.data().assetTypeIds()) {
            for (int page = 1; ; page++) {
                HaloTestClient.Response r = client.get("/api/Asset?pageinate=true&page_size=100&order=id"
                        + "&includeinactive=true&includeactive=true&includeassetfields=true&assettype_id=" + type
                        + "&page_no=" + page);
                List<Integer> ids = ids(r.rows("assets"));
                for (int id : ids) {
                    assertThat(seen.add(id)).as("asset %d seen twice", id).isTrue();
                }
                total += ids.size();
                if (ids.size() < 100) {
                    break;
                }
            }
        }
        assertThat(total).isEqualTo(1234);
    }

    @Test
    void recordsCarrySentinelsPlaceholdersNullsUnknownKeysAndNonAsciiText() {
        HaloTestClient.Response r = client.get("/api/Asset?pageinate=true&page_size=100");
        Map<String, Object> row = r.rows("assets").get(0);
        assertThat(row.get("contract_id")).isEqualTo(BigDecimal.valueOf(-1));
        assertThat(row.get("supplier_id")).isEqualTo(BigDecimal.ZERO);
        assertThat(row.get("contract_ref")).isEqualTo("");
        assertThat(row).containsEntry("stock_date", null).containsKey("changebackupexists");
        assertThat(row.get("labour_warranty_start")).isEqualTo("1900-01-01T00:00:00");
        assertThat((String) row.get("warranty_start")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
        assertThat(r.body()).containsPattern("[^\\x00-\\x7F]");
        assertThat(r.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    }

    @Test
    void singleRecordsAreBareObjectsAndUnknownIdsAre404() {
        HaloTestClient.Response r = client.get("/api/Asset/5?includedetails=true");
        assertThat(r.status()).isEqualTo(200);
        Map<String, Object> asset = r.json();
        assertThat(asset.get("id")).isEqualTo(BigDecimal.valueOf(5));
        assertThat(asset).containsKeys("dlastupdate", "fields", "assettype_config");
        assertThat((String) asset.get("dlastupdate")).doesNotContain("Z").doesNotContain("+");
        assertThat(client.get("/api/Asset/999999").status()).isEqualTo(404);
        assertThat(client.get("/api/Client/1").json().get("id")).isEqualTo(BigDecimal.ONE);
        assertThat(client.get("/api/Site/1").json().get("client_id")).isEqualTo(new BigDecimal("1.0"));
    }

    @Test
    void licencesArePagedUnderTheLicencesKey() {
        HaloTestClient.Response r = client.get(
                "/api/SoftwareLicence?pageinate=true&page_size=500" + "&includeinactive=true&includeactive=true");
        assertThat(r.recordCount()).isEqualTo(sim.data().totalLicences());
        assertThat(r.rows("licences")).hasSize(100);
    }

    @Test
    void unpagedListsReturnEveryRowOrTheRequestedCount() {
        HaloTestClient.Response all = client.get("/api/Asset?includeinactive=true&includeactive=true");
        assertThat(all.rows("assets")).hasSize(1234);
        assertThat(client.get("/api/Asset?count=7").rows("assets")).hasSize(7);
    }

    @Test
    void unknownPathsAnswerHtmlNotJson() {
        HaloTestClient.Response r = client.get("/api/auth/token");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(client.get("/nothing-here").body()).startsWith("<!DOCTYPE html>");
    }

    @Test
    void anUnbindableParameterIsA400ModelStateDictionary() {
        HaloTestClient.Response r = client.get("/api/Asset?pageinate=true&client_id=abc");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json()).containsKey("client_id");
    }

    @Test
    void authInfoNamesTheAuthorisationServerWithoutAToken() {
        HaloTestClient anonymous = new HaloTestClient(sim);
        Map<String, Object> info = anonymous.get("/api/authinfo").json();
        assertThat(info.get("auth_url")).isEqualTo(sim.authorisationServerUrl());
        assertThat(info.get("tenant_id")).isEqualTo("assetbridge");
    }

    private static List<Integer> ids(List<Map<String, Object>> rows) {
        return rows.stream().map(a -> ((Number) a.get("id")).intValue()).toList();
    }
}
