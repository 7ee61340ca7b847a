package io.assetbridge.platform.connector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectorVersionsTest {

    private static boolean newer(String left, String right) {
        return ConnectorVersions.compare(left, right) > 0;
    }

    @Test
    void numbersCompareNumericallyPartByPart() {
        assertThat(newer("1.10.0", "1.9.3")).isTrue();
        assertThat(newer("2", "1.99.99")).isTrue();
        assertThat(ConnectorVersions.compare("1.0", "1.0.0")).isZero();
    }

    @Test
    void aQualifiedVersionIsOlderThanItsRelease() {
        assertThat(newer("0.1.0", "0.1.0-SNAPSHOT")).isTrue();
        assertThat(newer("0.1.1-SNAPSHOT", "0.1.0")).isTrue();
    }

    @Test
    void aVersionWithoutNumbersIsOlderThanAnyNumberedOne() {
        assertThat(newer("0.0.1", "development")).isTrue();
        assertThat(newer(null, "0")).isFalse();
        assertThat(ConnectorVersions.compare("development", "development")).isZero();
    }
}
