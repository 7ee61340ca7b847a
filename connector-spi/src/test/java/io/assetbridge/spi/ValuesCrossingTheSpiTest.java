package io.assetbridge.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesCrossingTheSpiTest {

    @Test
    void configNeverPrintsItsValues() {
        var config = ConnectorConfig.of(Map.of("client-secret", "hunter2", "rate-limit-requests", 250L));
        assertThat(config.toString()).doesNotContain("hunter2").contains("client-secret");
        assertThat(config.number("rate-limit-requests")).contains(BigDecimal.valueOf(250));
        assertThat(config.text("client-secret")).contains("hunter2");
        assertThat(config.text("absent")).isEmpty();
    }

    @Test
    void configRefusesValueTypesThatAreNotJsonScalars() {
        var values = new HashMap<String, Object>();
        values.put("x", List.of());
        assertThatThrownBy(() -> new ConnectorConfig(values)).hasMessageContaining("unsupported value type");
    }

    @Test
    void pagesCopyTheirRecordsAndBoundTheCursor() {
        var records = new ArrayList<SourceRecord>();
        records.add(new SourceRecord("hardware", "1", "{}"));
        var page = new Page(records, "c1");
        records.clear();
        assertThat(page.records()).hasSize(1);
        assertThat(Page.last(List.of()).next()).isEmpty();
        assertThatThrownBy(() -> new Page(List.of(), "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Page(List.of(), "x".repeat(2001))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConfigurationItemAlwaysHasAName() {
        var tagged = ConfigurationItem.builder("42", CiClass.HARDWARE)
                .assetTag("INV-7")
                .build();
        var bare = ConfigurationItem.builder("43", CiClass.SOFTWARE)
                .attribute("k", " ")
                .build();
        assertThat(tagged.name()).isEqualTo("INV-7");
        assertThat(bare.name()).isEqualTo("software 43");
        assertThat(bare.attributes()).isEmpty();
        assertThat(new CustomerRecord("7", null, true).name()).isEqualTo("Customer 7");
    }

    @Test
    void exceptionsNeedAKindAndAMessage() {
        var e = new ConnectorException(FailureKind.RATE_LIMITED, "Halo asked us to slow down.");
        assertThat(e.kind().wireName()).isEqualTo("rate_limited");
        assertThat(e.kind().retriable()).isTrue();
        assertThat(FailureKind.AUTHENTICATION.retriable()).isFalse();
        assertThatThrownBy(() -> new ConnectorException(FailureKind.DATA, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pageRequestsCarryTheirCursorForward() {
        var first = PageRequest.first("hardware", 100);
        assertThat(first.cursorValue()).isEmpty();
        assertThat(first.next("p2").cursor()).isEqualTo("p2");
        assertThatThrownBy(() -> PageRequest.first("hardware", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
