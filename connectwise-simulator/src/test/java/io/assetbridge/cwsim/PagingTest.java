package io.assetbridge.cwsim;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PagingTest {

    private static final Pattern PAGE_ID = Pattern.compile("[?&]pageId=(\\d+)");
    static CwSimulator sim;

    @BeforeAll
    static void start() {
        sim = CwSimulator.start(SimSettings.defaults().withSize(2_500, 40, 12));
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void navigablePagesAreCappedAt1000AndLinkToNextAndLast() {
        var first = new Client(sim).api("/company/configurations?pageSize=5000&page=1&orderBy=id%20asc");
        assertThat(first.json().asJsonArray()).hasSize(1_000);
        assertThat(first.header("Link"))
                .contains("page=2>; rel=\"next\"")
                .contains("page=3>; rel=\"last\"")
                .doesNotContain("pageId");
        var last = new Client(sim).api("/company/configurations?pageSize=1000&page=3");
        assertThat(last.json().asJsonArray()).hasSize(500);
        assertThat(last.header("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(last.json().asJsonArray().getJsonObject(499).getInt("id")).isEqualTo(2_500);
    }

    @Test
    void forwardOnlyFollowsPageIdWithOnlyANextLinkAbsentOnTheLastPage() {
        var client = new Client(sim);
        var ids = new ArrayList<Integer>();
        String query = "/company/configurations?pageSize=1000";
        int requests = 0;
        while (query != null) {
            var page = client.api(query, true);
            requests++;
            page.json().asJsonArray().getValuesAs(JsonObject.class).forEach(o -> ids.add(o.getInt("id")));
            String link = page.header("Link");
            if (link == null) {
                query = null;
            } else {
                assertThat(link).contains("rel=\"next\"").doesNotContain("rel=\"last\"");
                Matcher m = PAGE_ID.matcher(link);
                assertThat(m.find()).isTrue();
                query = "/company/configurations?pageSize=1000&pageId=" + m.group(1);
            }
        }
        assertThat(requests).isEqualTo(3);
        assertThat(ids).hasSize(2_500).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void anEndpointWithoutForwardOnlyAnswersItsFirstPageWithoutALinkHeader() {
        var types = new Client(sim).api("/company/configurations/types?pageSize=5", true);
        assertThat(types.header("Link")).isNull();
        assertThat(types.json().asJsonArray()).hasSize(5);
        var navigable = new Client(sim).api("/company/configurations/types?pageSize=5&page=2&orderBy=id%20asc");
        assertThat(navigable.json().asJsonArray().getJsonObject(0).getInt("id")).isEqualTo(6);
        assertThat(navigable.header("Link")).contains("rel=\"next\"").contains("page=3>; rel=\"last\"");
    }

    @Test
    void conditionsOnIdAndLastUpdatedFilterListsAndCounts() {
        var client = new Client(sim);
        var some = client.api(
                "/company/configurations?pageSize=1000&conditions=id%20%3E%202490%20and%20id%20%3C%3D%202495");
        assertThat(ids(some.json().asJsonArray())).containsExactly(2491, 2492, 2493, 2494, 2495);
        assertThat(client.api("/company/configurations/count?conditions=id%20%3E%202000")
                        .object()
                        .getInt("count"))
                .isEqualTo(500);
        assertThat(client.api("/company/configurations/count").object().getInt("count"))
                .isEqualTo(2_500);
        var none = client.api("/company/configurations?conditions=lastUpdated%20%3E%20%5B2026-01-01T00:00:00Z%5D");
        assertThat(none.json().asJsonArray()).isEmpty();
        var bad = client.api("/company/configurations?conditions=colour%20%3D%20red");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(client.api("/company/companies/count").object().getInt("count"))
                .isEqualTo(40);
    }

    @Test
    void aConfigurationCarriesEveryDocumentedMemberAndFieldsSelectsSome() {
        JsonObject c = new Client(sim)
                .api("/company/configurations?pageSize=1")
                .json()
                .asJsonArray()
                .getJsonObject(0);
        assertThat(c.keySet())
                .contains(
                        "id",
                        "name",
                        "type",
                        "status",
                        "company",
                        "site",
                        "serialNumber",
                        "modelNumber",
                        "tagNumber",
                        "manufacturer",
                        "purchaseDate",
                        "installationDate",
                        "warrantyExpirationDate",
                        "activeFlag",
                        "osType",
                        "ipAddress",
                        "macAddress",
                        "lastLoginName",
                        "_info");
        assertThat(c.getJsonObject("company").keySet()).containsExactly("id", "identifier", "name");
        assertThat(c.getJsonObject("_info").getString("lastUpdated")).endsWith("Z");
        JsonObject slim = new Client(sim)
                .api("/company/configurations?pageSize=1&fields=id,name")
                .json()
                .asJsonArray()
                .getJsonObject(0);
        assertThat(slim.keySet()).containsExactly("id", "name");
    }

    @Test
    void sitesArePerCompany() {
        JsonArray sites =
                new Client(sim).api("/company/companies/7/sites").json().asJsonArray();
        assertThat(sites).isNotEmpty();
        assertThat(sites.getJsonObject(0).getJsonObject("company").getInt("id")).isEqualTo(7);
    }

    private static List<Integer> ids(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream()
                .map(o -> o.getInt("id"))
                .toList();
    }
}
