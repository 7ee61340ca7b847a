package io.assetbridge.platform.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A change of settings or configuration makes the next run a full one. */
class IntegrationTest {

    private static final Instant CREATED = Instant.parse("2026-11-01T08:00:00Z");
    private static final Instant FULL_RUN = Instant.parse("2026-11-02T08:00:00Z");

    private static Integration integration() {
        return new Integration("Acme", "haloitsm", "{\"tenant\":\"acme\"}", "{}", "{\"a\":1}", CREATED);
    }

    @Test
    void withoutAFullRunTheNextIsFull() {
        assertThat(integration().nextRunMustBeFull(null)).isTrue();
    }

    @Test
    void aFullRunAfterTheLastChangeAllowsAnIncrementalOne() {
        assertThat(integration().nextRunMustBeFull(FULL_RUN)).isFalse();
    }

    @Test
    void changedSettingsOrConfigurationAfterTheFullRunRequireAnother() {
        var settings = integration();
        settings.changeSettings("{\"a\":2}", FULL_RUN.plusSeconds(60));
        assertThat(settings.nextRunMustBeFull(FULL_RUN)).isTrue();

        var config = integration();
        config.reconfigure("Acme", "{\"tenant\":\"acme-eu\"}", "{}", FULL_RUN.plusSeconds(60));
        assertThat(config.nextRunMustBeFull(FULL_RUN)).isTrue();
    }

    @Test
    void sameSettingsOrARenameAloneAreNoChange() {
        var same = integration();
        same.changeSettings("{\"a\":1}", FULL_RUN.plusSeconds(60));
        same.reconfigure("Acme renamed", "{\"tenant\":\"acme\"}", "{}", FULL_RUN.plusSeconds(60));
        assertThat(same.nextRunMustBeFull(FULL_RUN)).isFalse();
    }
}
