package io.assetbridge.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.assetbridge.halosim.HaloSimulator;
import io.assetbridge.halosim.SimulatorSettings;
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
 * Smoke set on the embedded H2 database, with the Halo ITSM connector loaded from the plugins
 * directory instead of the WAR: the plugin works from its own isolated class loader, and a full sync
 * and an unchanged re-sync run through the H2 flavour of the sync's SQL.
 */
@Tag("h2")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HaloFromPluginsDirectoryIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        var plugins = Deployments.emptyPluginsDir();
        Deployments.emptyDataDir();
        new PluginJars(plugins).copy(Deployments.itArtifact("connector-haloitsm.jar"), "connector-haloitsm.jar");
        return Deployments.builtWarWithoutHalo();
    }

    @Test
    void theHaloJarInThePluginsDirectoryIsListedWithItsProperties() {
        var http = new Http(base.toString());
        JsonObject halo = http.get("/api/connectors/haloitsm").json();
        assertThat(halo.getString("displayName")).isEqualTo("Halo ITSM");
        assertThat(halo.getJsonArray("properties").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("name"))
                .contains("resource-server-url", "authorisation-server-url", "tenant", "client-id", "client-secret");
        assertThat(http.get("/api/connectors/problems").array()).isEmpty();
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
