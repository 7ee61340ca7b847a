package io.assetbridge.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.halosim.HaloSimulator;
import io.assetbridge.halosim.SimulatorSettings;
import io.assetbridge.testplugins.FakeCmdbConnector;
import io.assetbridge.testplugins.InconsistentViewConnector;
import io.assetbridge.testplugins.IsolationProbeConnector;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Smoke set on the embedded H2 database, with a newer Halo ITSM jar in the plugins directory that
 * replaces the WAR's built-in one: the plugin works from its own isolated class loader (which cannot
 * see the WAR's copy of its classes, nor the platform's libraries), and a full sync and an unchanged
 * re-sync run through the H2 flavour of the sync's SQL. The isolation probe plugin reports what a
 * plugin can reach.
 */
@Tag("h2")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HaloFromPluginsDirectoryIT {

    private static final String NEWER_HALO_JAR = "connector-haloitsm-99.jar";
    private static final String NEWER_HALO_VERSION = "99.0.0";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        var plugins = Deployments.emptyPluginsDir();
        Deployments.emptyDataDir();
        var jars = new PluginJars(plugins);
        jars.copyAsVersion(Deployments.itArtifact("connector-haloitsm.jar"), NEWER_HALO_JAR, NEWER_HALO_VERSION);
        jars.connectorJar(
                TestPluginSet.ISOLATED,
                new String[] {IsolationProbeConnector.class.getName()},
                IsolationProbeConnector.class,
                FakeCmdbConnector.class);
        jars.connectorJar(
                "40-inconsistent-view.jar",
                new String[] {InconsistentViewConnector.class.getName()},
                InconsistentViewConnector.class,
                InconsistentViewConnector.Listing.class);
        return Deployments.builtWar();
    }

    @Test
    void aPageThatMayBeInconsistentKeepsAFullRunFromMarkingAnythingMissing() {
        var http = new Http(base.toString());
        var created = http.post(
                "/api/integrations",
                "{\"name\":\"Inconsistent\",\"connector\":\"inconsistentview\",\"config\":{\"devices\":2}}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(Runs.syncAndWait(http, id).getString("status")).isEqualTo("succeeded");

        setConfig(http, id, "{\"devices\":1,\"inconsistent\":true}");
        JsonObject inconsistent = Runs.syncAndWait(http, id);
        assertThat(inconsistent.getString("status")).isEqualTo("succeeded");
        assertThat(inconsistent.getString("mode")).isEqualTo("full");
        assertThat(inconsistent.getJsonObject("counts").getInt("missing")).isZero();
        assertThat(inconsistent.getJsonArray("warnings").getValuesAs(JsonObject.class))
                .anySatisfy(w -> {
                    assertThat(w.getString("reason")).isEqualTo("inconsistent-view");
                    assertThat(w.getString("message")).contains("offset paging while devices were deleted");
                });

        setConfig(http, id, "{\"devices\":1,\"inconsistent\":false}");
        JsonObject consistent = Runs.syncAndWait(http, id);
        assertThat(consistent.getJsonObject("counts").getInt("missing"))
                .as("the next consistent full run marks what is gone")
                .isEqualTo(1);
    }

    private static void setConfig(Http http, long id, String config) {
        var changed = http.put(
                "/api/integrations/" + id,
                "{\"name\":\"Inconsistent\",\"connector\":\"inconsistentview\",\"config\":" + config + "}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    @Test
    void theNewerHaloJarReplacesTheBuiltInOneWhichIsListedAsTheLoser() {
        var http = new Http(base.toString());
        assertThat(http.get("/api/connectors/haloitsm").json().getString("version"))
                .isEqualTo(NEWER_HALO_VERSION);
        var problems = http.get("/api/connectors/problems").array().getValuesAs(JsonObject.class);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).getString("source")).isEqualTo("class path");
        assertThat(problems.get(0).getString("message"))
                .contains("'haloitsm'")
                .contains("replaced by the newer version " + NEWER_HALO_VERSION + " from " + NEWER_HALO_JAR);
    }

    @Test
    void aPluginCannotLoadThePlatformsLibrariesInternalsOrBuiltInConnectors() {
        var http = new Http(base.toString());
        assertThat(http.get("/api/connectors/isolationprobe").json().getString("displayName"))
                .isEqualTo(IsolationProbeConnector.ISOLATED_FACTS);
    }

    @Test
    void theHaloJarInThePluginsDirectoryIsListedWithItsProperties() {
        var http = new Http(base.toString());
        JsonObject halo = http.get("/api/connectors/haloitsm").json();
        assertThat(halo.getString("displayName")).isEqualTo("Halo ITSM");
        assertThat(halo.getJsonArray("properties").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("name"))
                .contains("resource-server-url", "authorisation-server-url", "tenant", "client-id", "client-secret");
        assertThat(http.get("/health/ready").status()).isEqualTo(200);
    }

    @Test
    void aFullSyncAndAnUnchangedResyncWorkOnH2WithThePluginJarConnector() {
        try (var halo = HaloSimulator.start(SimulatorSettings.defaults()
                .withAssets(700)
                .withClients(7)
                .withLicences(30)
                .withInactiveRatio(0.1))) {
            var http = new Http(base.toString());
            String body = Json.createObjectBuilder()
                    .add("name", "H2 smoke")
                    .add("connector", "haloitsm")
                    .add(
                            "config",
                            Json.createObjectBuilder()
                                    .add("resource-server-url", halo.resourceServerUrl())
                                    .add("authorisation-server-url", halo.authorisationServerUrl())
                                    .add("tenant", halo.tenant())
                                    .add("client-id", halo.clientId())
                                    .add("client-secret", halo.clientSecret()))
                    .build()
                    .toString();
            var created = http.post("/api/integrations", body);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            long id = created.json().getJsonNumber("id").longValue();

            JsonObject first = Runs.syncAndWait(http, id);
            assertThat(first.getString("status")).as(first.toString()).isEqualTo("succeeded");
            assertThat(first.getJsonObject("counts").getInt("created")).isEqualTo(730);
            assertThat(http.get("/api/cis?class=hardware&status=inactive")
                            .json()
                            .getInt("total"))
                    .isEqualTo(halo.data().inactiveAssets());

            halo.data().hardDeleteAsset(5);
            JsonObject second = Runs.syncAndWait(http, id);
            assertThat(second.getJsonObject("counts").getInt("unchanged")).isEqualTo(729);
            assertThat(second.getJsonObject("counts").getInt("missing")).isEqualTo(1);
            assertThat(http.get("/api/customers?integration=" + id).json().getJsonArray("items"))
                    .hasSize(7);
        }
    }
}
