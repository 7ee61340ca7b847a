package io.assetbridge.platform.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.spi.CiClass;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyncSettingsTest {

    private final SyncSettings settings = new SyncSettings(
            List.of("hardware", "software"),
            true,
            Set.of(),
            Set.of(),
            Map.of("7", CiClass.SOFTWARE, "9", CiClass.HARDWARE),
            3,
            null,
            24,
            50,
            20);

    @Test
    void aListedAssetTypeTakesItsClassificationEitherWay() {
        assertThat(settings.classify("7", CiClass.HARDWARE)).isEqualTo(CiClass.SOFTWARE);
        assertThat(settings.classify("9", CiClass.SOFTWARE)).isEqualTo(CiClass.HARDWARE);
    }

    @Test
    void anUnlistedTypeOrARecordWithoutATypeKeepsTheConnectorsClass() {
        assertThat(settings.classify("8", CiClass.HARDWARE)).isEqualTo(CiClass.HARDWARE);
        assertThat(settings.classify("8", CiClass.SOFTWARE)).isEqualTo(CiClass.SOFTWARE);
        assertThat(settings.classify(null, CiClass.SOFTWARE)).isEqualTo(CiClass.SOFTWARE);
    }
}
