package io.assetbridge.platform.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeIdentityTest {

    @TempDir
    Path data;

    @Test
    void theConfiguredIdWinsAndNoFileIsWritten() {
        var identity = new NodeIdentity(" node-a ", data);

        assertThat(identity.node()).isEqualTo("node-a");
        assertThat(data.resolve(NodeIdentity.FILE)).doesNotExist();
    }

    @Test
    void withoutConfigurationTheIdIsGeneratedOnceAndKeptAcrossRestarts() throws Exception {
        var first = new NodeIdentity("", data);
        var restarted = new NodeIdentity("", data);

        assertThat(first.node()).matches("node-[0-9a-f-]{12}");
        assertThat(Files.readString(data.resolve(NodeIdentity.FILE)).strip()).isEqualTo(first.node());
        assertThat(restarted.node()).isEqualTo(first.node());
        assertThat(new NodeIdentity("", data.resolve("other")).node()).isNotEqualTo(first.node());
    }

    @Test
    void aRestartedNodeIsANewLeaseOwnerSoItsOldLeasesStillExpire() {
        var first = new NodeIdentity("node-a", data);
        var restarted = new NodeIdentity("node-a", data);

        assertThat(first.id()).startsWith("node-a/").isNotEqualTo(restarted.id());
        assertThat(first.id().length()).isLessThanOrEqualTo(100); // sync_run.lease_owner
    }

    @Test
    void anUnusableIdIsRefusedNamingWhereItCameFrom() throws Exception {
        assertThatThrownBy(() -> new NodeIdentity("node a", data))
                .hasMessageContaining("ASSETBRIDGE_NODE_ID")
                .hasMessageContaining("'node a'");
        assertThatThrownBy(() -> new NodeIdentity("x".repeat(65), data)).isInstanceOf(IllegalArgumentException.class);
        Files.writeString(data.resolve(NodeIdentity.FILE), "../etc\n");
        assertThatThrownBy(() -> new NodeIdentity("", data)).hasMessageContaining(NodeIdentity.FILE);
    }
}
