package io.assetbridge.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.testplugins.IsolationProbeConnector;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built WAR on a managed Payara Micro with PostgreSQL: the connector registry with real plugin
 * jars (good, isolated and broken), the connectors API, health, metrics and OpenAPI.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        TestDatabase.recreate();
        var plugins = Deployments.emptyPluginsDir();
        Deployments.emptyDataDir();
        new PluginJars(plugins).copy(Deployments.itArtifact("test-plugins.jar"), "00-test-plugins.jar");
        TestPluginSet.writeTo(plugins);
        return Deployments.builtWar();
    }

    private Http http() {
        return new Http(base.toString());
    }

    private Map<String, JsonObject> connectorsByType() {
        return http().get("/api/connectors").array().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("type"), Function.identity()));
    }

    private String problemOf(String source) {
        return http().get("/api/connectors/problems").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("source").equals(source))
                .map(p -> p.getString("message"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no problem for " + source));
    }

    @Test
    void listsTheBuiltInHaloConnectorAndAPluginJarConnectorWithTheirProperties() {
        var connectors = connectorsByType();
        assertThat(connectors).containsKeys("haloitsm", "fakecmdb", "isolationprobe");
        assertThat(connectors.get("haloitsm").getString("displayName")).isEqualTo("Halo ITSM");

        JsonObject fake = http().get("/api/connectors/fakecmdb").json();
        assertThat(fake.getString("displayName")).isEqualTo("Fake CMDB");
        var properties = fake.getJsonArray("properties").getValuesAs(JsonObject.class);
        assertThat(properties)
                .extracting(p -> p.getString("name"))
                .containsExactly("endpoint", "device-count", "api-key");
        assertThat(properties.get(0).getString("type")).isEqualTo("url");
        assertThat(properties.get(0).isNull("defaultValue")).isTrue();
        assertThat(properties.get(1).getJsonNumber("defaultValue").longValue()).isEqualTo(3);
        assertThat(properties.get(2).getBoolean("secret")).isTrue();
        var devices = fake.getJsonArray("resourceTypes").getJsonObject(0);
        assertThat(devices.getString("ciClass")).isEqualTo("hardware");
        assertThat(devices.getBoolean("selectable")).isTrue();
    }

    @Test
    void aPluginThatBundlesTheSpiAndAJakartaApiStillGetsTheParentsClassesAndItsOwnContextLoader() {
        assertThat(connectorsByType().get("isolationprobe").getString("displayName"))
                .isEqualTo(IsolationProbeConnector.ISOLATED_FACTS);
    }

    @Test
    void reportsEveryBrokenJarWhileTheServerStaysUp() {
        assertThat(problemOf(TestPluginSet.NOT_A_ZIP)).contains("Not a readable jar");
        assertThat(problemOf(TestPluginSet.MISSING_CLASS)).contains("DoesNotExist");
        assertThat(problemOf(TestPluginSet.TOO_NEW)).contains("newer Java");
        assertThat(problemOf(TestPluginSet.THROWING_CONSTRUCTOR)).contains("constructor refuses");
        assertThat(problemOf(TestPluginSet.THROWING_DESCRIPTOR)).contains("descriptor refuses");
        assertThat(problemOf(TestPluginSet.NULL_DESCRIPTOR)).contains("no descriptor");
        assertThat(problemOf(TestPluginSet.DUPLICATE_HALO)).contains("'haloitsm' is already provided by class path");
        assertThat(problemOf(TestPluginSet.SECOND_ISOLATED)).contains("already provided by " + TestPluginSet.ISOLATED);
        assertThat(http().get("/health/ready").status()).isEqualTo(200);
    }

    @Test
    void anUnknownConnectorIsAProblemDocument() {
        var reply = http().get("/api/connectors/no-such-thing");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("detail")).contains("no-such-thing");
        assertThat(reply.json().getInt("status")).isEqualTo(404);
    }

    @Test
    void readinessReportsTheDatabaseAndRegistryAndTheServiceEndpointsAnswer() {
        var ready = http().get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"").contains("schemaMigrated");
        assertThat(http().get("/health/live").status()).isEqualTo(200);
        assertThat(http().get("/metrics").status()).isEqualTo(200);
        var openapi = http().get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("url: /api").contains("/connectors/{type}/validate:");
    }

    @Test
    void theSchemaIsOnPostgresqlAndMigratedByFlyway() throws Exception {
        try (var connection = TestDatabase.connect();
                var rows = connection
                        .createStatement()
                        .executeQuery("select count(*) from \"flyway_schema_history\" where success")) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            rows.next();
            assertThat(rows.getInt(1)).isGreaterThanOrEqualTo(1);
        }
    }
}
