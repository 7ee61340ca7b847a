package io.assetbridge.halosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void everyIssueFlagIsUnderstood() {
        SimulatorSettings s = CommandLine.parse(new String[] {
            "--port",
            "0",
            "--assets",
            "10",
            "--clients",
            "3",
            "--sites-per-client",
            "4",
            "--asset-types",
            "5",
            "--licences",
            "6",
            "--inactive-ratio",
            "0.25",
            "--seed",
            "7",
            "--tenant",
            "t",
            "--client-id",
            "c",
            "--client-secret",
            "s",
            "--permissions",
            "read:assets,read:customers",
            "--token-ttl",
            "60",
            "--rate-limit",
            "300",
            "--window=120",
            "--retry-after",
            "--modified-since-filter"
        });
        assertThat(s.assets()).isEqualTo(10);
        assertThat(s.clients()).isEqualTo(3);
        assertThat(s.sitesPerClient()).isEqualTo(4);
        assertThat(s.assetTypes()).isEqualTo(5);
        assertThat(s.licences()).isEqualTo(6);
        assertThat(s.inactiveRatio()).isEqualTo(0.25);
        assertThat(s.seed()).isEqualTo(7);
        assertThat(s.tenant()).isEqualTo("t");
        assertThat(s.clientId()).isEqualTo("c");
        assertThat(s.clientSecret()).isEqualTo("s");
        assertThat(s.permissions()).containsExactly("read:assets", "read:customers");
        assertThat(s.tokenTtlSeconds()).isEqualTo(60);
        assertThat(s.rateLimit()).isEqualTo(300);
        assertThat(s.rateWindowSeconds()).isEqualTo(120);
        assertThat(s.retryAfter()).isTrue();
        assertThat(s.modifiedSinceFilter()).isTrue();
    }

    @Test
    void unknownFlagsAndBadNumbersAreRejected() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--bogus"}))
                .hasMessageContaining("Unknown flag --bogus");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--assets", "many"}))
                .hasMessageContaining("--assets");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--inactive-ratio", "2"}))
                .hasMessageContaining("inactive-ratio");
    }
}
