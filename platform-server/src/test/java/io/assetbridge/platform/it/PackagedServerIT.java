package io.assetbridge.platform.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged uber jar, started twice on the same embedded H2 data directory: the first start
 * migrates, the second applies nothing, data survives, and a plugin jar copied in between appears
 * without a rebuild.
 */
@Tag("h2")
class PackagedServerIT {

    @Test
    void restartsOnTheSameDataApplyNoMigrationAndPickUpNewPluginJars() throws Exception {
        Path root = Deployments.emptied(Path.of(System.getProperty("it.target", "target"), "packaged-server"));
        Path data = root.resolve("data");
        Path plugins = root.resolve("plugins");
        var env = ServerProcess.env("ASSETBRIDGE_DATA_DIR", data.toString(), "ASSETBRIDGE_PLUGINS_DIR", plugins.toString());

        try (var first = ServerProcess.start(env, root.resolve("first.log"))) {
            assertThat(first.log()).contains("migrations applied at this start: 1");
            var connectors = new Http(first.baseUrl()).get("/api/connectors").body();
            assertThat(connectors).contains("\"haloitsm\"").doesNotContain("fakecmdb");
            System.out.printf("packaged server ready after %d ms%n", first.startup().toMillis());
        }

        new PluginJars(plugins).copy(Deployments.itArtifact("test-plugins.jar"), "test-plugins.jar");

        try (var second = ServerProcess.start(env, root.resolve("second.log"))) {
            assertThat(second.log()).contains("migrations applied at this start: 0");
            assertThat(new Http(second.baseUrl()).get("/api/connectors").body()).contains("\"fakecmdb\"");
        }

        try (var h2 = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db/assetbridge"), "assetbridge", "assetbridge");
             var rows = h2.createStatement().executeQuery("select count(*) from \"flyway_schema_history\" where \"type\" = 'SQL'")) {
            rows.next();
            assertThat(rows.getInt(1)).as("one history row per migration, none repeated").isEqualTo(migrationCount());
        }
    }

    private static int migrationCount() throws Exception {
        try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }
}
