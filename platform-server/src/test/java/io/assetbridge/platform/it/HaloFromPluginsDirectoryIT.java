package io.assetbridge.platform.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Smoke set on the embedded H2 database, with the Halo ITSM connector loaded from the plugins
 * directory instead of the WAR: the plugin works from its own isolated class loader.
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
}
