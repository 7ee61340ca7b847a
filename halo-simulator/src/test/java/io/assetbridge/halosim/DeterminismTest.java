package io.assetbridge.halosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Same seed, same bytes: a test can hard-code what it expects and a benchmark is repeatable. */
class DeterminismTest {

    private static final List<String> PATHS = List.of(
            "/api/Asset?pageinate=true&page_size=100&page_no=3&includeinactive=true&includeactive=true",
            "/api/Asset?pageinate=true&page_size=100&assettype_id=102&includeassetfields=true",
            "/api/Asset?pageinate=true&client_id=2&orderdesc=true",
            "/api/Asset/77?includedetails=true",
            "/api/Client?pageinate=true&page_size=100&includeinactive=true",
            "/api/Site?pageinate=true&page_size=100",
            "/api/AssetType",
            "/api/SoftwareLicence?pageinate=true&page_size=100&page_no=2");

    @Test
    void theSameSeedServesTheSameBytes() {
        SimulatorSettings settings =
                SimulatorSettings.defaults().withAssets(2000).withSeed(99);
        List<byte[]> first = fetchAll(settings);
        List<byte[]> second = fetchAll(settings);
        for (int k = 0; k < PATHS.size(); k++) {
            assertThat(second.get(k)).as(PATHS.get(k)).isEqualTo(first.get(k));
        }
    }

    @Test
    void anotherSeedServesOtherData() {
        List<byte[]> a = fetchAll(SimulatorSettings.defaults().withAssets(2000).withSeed(1));
        List<byte[]> b = fetchAll(SimulatorSettings.defaults().withAssets(2000).withSeed(2));
        assertThat(b.get(0)).isNotEqualTo(a.get(0));
    }

    private static List<byte[]> fetchAll(SimulatorSettings settings) {
        try (HaloSimulator sim = HaloSimulator.start(settings)) {
            HaloTestClient client = new HaloTestClient(sim).login(sim);
            return PATHS.stream()
                    .map(p -> {
                        HaloTestClient.Response r = client.get(p);
                        assertThat(r.status()).as(p).isEqualTo(200);
                        return r.bytes();
                    })
                    .toList();
        }
    }
}
