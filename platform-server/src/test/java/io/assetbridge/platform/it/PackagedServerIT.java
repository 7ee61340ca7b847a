package io.assetbridge.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The packaged uber jar, started twice on the same embedded H2 data directory: the first start
 * migrates and, without {@code ASSETBRIDGE_ADMIN_PASSWORD}, generates the admin password into an
 * owner-only file (and nowhere else); the second applies nothing, data survives, a plugin jar copied
 * in between appears without a rebuild, and a now-set {@code ASSETBRIDGE_ADMIN_PASSWORD} wins. Started
 * exactly as the README says ({@code java -jar …/assetbridge.jar}, only {@code --port} added), it
 * listens on its HTTP port alone and its log is one readable start-up, with one ready line.
 */
@Tag("h2")
class PackagedServerIT {

    @Test
    void restartsOnTheSameDataApplyNoMigrationAndPickUpNewPluginJars() throws Exception {
        Path root = Deployments.emptied(Path.of(System.getProperty("it.target", "target"), "packaged-server"));
        Path data = root.resolve("data");
        Path plugins = root.resolve("plugins");
        var env = ServerProcess.env(
                "ASSETBRIDGE_DATA_DIR", data.toString(), "ASSETBRIDGE_PLUGINS_DIR", plugins.toString());

        Path passwordFile = data.resolve("initial-admin-password");
        String generated;
        try (var first = ServerProcess.start(env, root.resolve("first.log"))) {
            assertThat(first.log()).contains("migrations applied at this start: " + migrationCount());
            assertThat(Files.getPosixFilePermissions(passwordFile))
                    .as("owner-only")
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(Files.getPosixFilePermissions(data))
                    .as("the data directory")
                    .containsExactlyInAnyOrder(
                            PosixFilePermission.OWNER_READ,
                            PosixFilePermission.OWNER_WRITE,
                            PosixFilePermission.OWNER_EXECUTE);
            try (var files = Files.walk(data)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.getPosixFilePermissions(file))
                            .as(file + " owner-only")
                            .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
                }
            }
            assertThat(data.resolve("db")).as("the embedded database").isDirectory();
            generated = Files.readString(passwordFile).trim();
            assertThat(generated).hasSizeGreaterThanOrEqualTo(24);
            assertThat(first.log())
                    .as("the log names the file, never the password")
                    .contains(passwordFile.toString())
                    .doesNotContain(generated);
            var connectors = new Http(first.baseUrl()).as("admin", generated).get("/api/connectors");
            assertThat(connectors.status()).isEqualTo(200);
            assertThat(connectors.body()).contains("\"haloitsm\"").doesNotContain("fakecmdb");
            for (String path : List.of("/api/connectors", "/health/ready", "/metrics", "/openapi", "/")) {
                var reply = new Http(first.baseUrl()).as("admin", generated).get(path);
                assertThat(String.valueOf(reply.header("Server")))
                        .as("the jar's MICRO-INF/pre-boot-commands.txt: no Payara Server header on " + path)
                        .doesNotContainIgnoringCase("payara");
            }
            assertThat(new Http(first.baseUrl())
                            .anonymous()
                            .get("/api/connectors")
                            .status())
                    .isEqualTo(401);
            assertThat(new Http(first.baseUrl())
                            .as("viewer", generated)
                            .get("/api/connectors")
                            .status())
                    .as("no viewer without ASSETBRIDGE_VIEWER_PASSWORD")
                    .isEqualTo(401);
            assertThat(ListeningSockets.of(first.pid()))
                    .as("the README's command opens the HTTP port and nothing else (no data grid)")
                    .containsExactly("tcp:" + first.port());
            assertThat(first.log())
                    .as("one ready line naming the address and the password file")
                    .contains("AssetBridge ready at http://localhost:" + first.port() + "/ — admin password in "
                            + passwordFile);
            assertQuietStart(first.log());
            System.out.printf(
                    "packaged server ready after %d ms%n", first.startup().toMillis());
        }
        assertStoredOnlyAsHash(data, generated);

        new PluginJars(plugins).copy(Deployments.itArtifact("test-plugins.jar"), "test-plugins.jar");
        // the example connector of docs/writing-a-connector.md, built on its own from examples/
        new PluginJars(plugins).copy(Deployments.itArtifact("acme-connector.jar"), "acme-connector-1.0.0.jar");

        String fromEnvironment = "Env-Wins-" + System.nanoTime();
        env.put("ASSETBRIDGE_ADMIN_PASSWORD", fromEnvironment);
        try (var second = ServerProcess.start(env, root.resolve("second.log"))) {
            assertThat(second.log())
                    .contains("migrations applied at this start: 0")
                    .contains("AssetBridge ready at http://localhost:" + second.port()
                            + "/ — admin password from ASSETBRIDGE_ADMIN_PASSWORD")
                    .doesNotContain(fromEnvironment);
            var connectors =
                    new Http(second.baseUrl()).as("admin", fromEnvironment).get("/api/connectors");
            assertThat(connectors.status()).isEqualTo(200);
            assertThat(connectors.body()).contains("\"fakecmdb\"");
            var acme = new Http(second.baseUrl()).as("admin", fromEnvironment).get("/api/connectors/acme");
            assertThat(acme.status()).as(acme.toString()).isEqualTo(200);
            assertThat(acme.json().getString("displayName")).isEqualTo("Acme Assets");
            assertThat(acme.json().getString("version"))
                    .as("from the example jar's manifest")
                    .isEqualTo("1.0.0");
            assertThat(acme.body()).contains("\"base-url\"", "\"api-key\"", "\"time-zone\"");
            assertThat(new Http(second.baseUrl())
                            .as("admin", generated)
                            .get("/api/connectors")
                            .status())
                    .as("the generated password no longer works once the variable is set")
                    .isEqualTo(401);
        }
        assertThat(Files.readString(passwordFile).trim())
                .as("the file is written once")
                .isEqualTo(generated);

        try (var h2 = DriverManager.getConnection(
                        "jdbc:h2:file:" + data.resolve("db/assetbridge"), "assetbridge", "assetbridge");
                var rows = h2.createStatement()
                        .executeQuery("select count(*) from \"flyway_schema_history\" where \"type\" = 'SQL'")) {
            rows.next();
            assertThat(rows.getInt(1))
                    .as("one history row per migration, none repeated")
                    .isEqualTo(migrationCount());
        }
    }

    /** What a normal start used to show a newcomer: none of it at INFO or above any more. */
    private static void assertQuietStart(String log) {
        assertThat(log)
                .as("no certificate dumps, unresolved settings, REST-client warnings or phantom endpoints")
                .doesNotContain("has expired")
                .doesNotContain("no value found")
                .doesNotContain("cannot be instantiated")
                .doesNotContain("/api//")
                .doesNotContain("Data Grid");
        assertThat(log.lines().filter(line -> line.startsWith("\tat ") || line.startsWith("Caused by:")))
                .as("no stack traces")
                .isEmpty();
    }

    private static void assertStoredOnlyAsHash(Path data, String password) throws Exception {
        try (var h2 = DriverManager.getConnection(
                        "jdbc:h2:file:" + data.resolve("db/assetbridge"), "assetbridge", "assetbridge");
                var rows = h2.createStatement()
                        .executeQuery("select password_hash from app_user where username = 'admin'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).startsWith("pbkdf2-sha256$").doesNotContain(password);
        }
    }

    private static int migrationCount() throws Exception {
        try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+(_\\d+)*__.*\\.sql"))
                    .count();
        }
    }
}
