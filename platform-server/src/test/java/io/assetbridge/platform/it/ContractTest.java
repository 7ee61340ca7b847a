package io.assetbridge.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract check itself, without a server: the written description accepts an exchange as the
 * server makes it, and refuses one extra member, an undocumented null, an undocumented status, and a
 * request it calls invalid that the server accepted.
 */
class ContractTest {

    private static final Contract CONTRACT = Contract.written();
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private static final Map<String, String> ADMIN = Map.of("Authorization", "Basic YWRtaW46eA==");
    private static final String PROBLEM = "{\"source\":\"broken.jar\",\"message\":\"No connector inside.\"}";

    private static List<String> problemsResponse(int status, String body) {
        return CONTRACT.problems("GET", "/api/connectors/problems", ADMIN, null, status, JSON, body);
    }

    @Test
    void theWrittenDescriptionIsOnePayaraCanReadAndItsNullableRunCopyMatchesRun() throws IOException {
        try (var in = ContractTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Payara reads the file with Jackson, which neither resolves YAML aliases nor keeps a null in a list
            assertThat(yaml)
                    .doesNotContainPattern("(?m)[&*][A-Za-z]+\\s*$|: [&*][A-Za-z]")
                    .doesNotContain(", null]");
            var schemas = new ObjectMapper(new YAMLFactory())
                    .readTree(yaml)
                    .path("components")
                    .path("schemas");
            assertThat(schemas.path("RunOrNull").path("properties"))
                    .isEqualTo(schemas.path("Run").path("properties"));
            assertThat(schemas.path("RunOrNull").path("required"))
                    .isEqualTo(schemas.path("Run").path("required"));
        }
    }

    @Test
    void signingInNeedsNoCredentials() {
        String session = "{\"user\":\"admin\",\"role\":\"admin\",\"csrfToken\":\"t\",\"idleMinutes\":30}";
        assertThat(CONTRACT.problems(
                        "POST",
                        "/api/session",
                        JSON,
                        "{\"username\":\"admin\",\"password\":\"p\"}",
                        200,
                        JSON,
                        session))
                .isEmpty();
    }

    @Test
    void aResponseAsDocumentedPasses() {
        assertThat(problemsResponse(200, "[" + PROBLEM + "]")).isEmpty();
    }

    @Test
    void oneExtraMemberFails() {
        assertThat(problemsResponse(200, "[" + PROBLEM.replace("}", ",\"hint\":\"x\"}") + "]"))
                .singleElement()
                .asString()
                .contains("hint");
    }

    @Test
    void aNullWhereTheDescriptionHasNoneFails() {
        assertThat(problemsResponse(200, "[" + PROBLEM.replace("\"broken.jar\"", "null") + "]"))
                .isNotEmpty();
    }

    @Test
    void anUndocumentedStatusFails() {
        assertThat(problemsResponse(202, "[]")).isNotEmpty();
    }

    @Test
    void aRequestTheDescriptionRefusesMustBeRefusedByTheServer() {
        var headers = new HashMap<>(ADMIN);
        headers.putAll(JSON);
        String missingName = "{\"connector\":\"haloitsm\",\"config\":{}}";
        assertThat(
                        CONTRACT.problems(
                                "POST",
                                "/api/integrations",
                                headers,
                                missingName,
                                400,
                                Map.of("Content-Type", "application/problem+json"),
                                "{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,"
                                        + "\"detail\":\"The integration is not valid.\",\"errors\":[{\"field\":\"name\",\"message\":\"Is required.\"}]}"))
                .isEmpty();
        assertThat(CONTRACT.problems("POST", "/api/integrations", headers, missingName, 201, JSON, "{}"))
                .anyMatch(p -> p.contains("refuses the request"));
    }

    @Test
    void aNullableEnumTakesNullAndItsValuesButNothingElse() {
        String connector = "{\"type\":\"t\",\"displayName\":\"T\",\"version\":\"1\",\"properties\":[],"
                + "\"resourceTypes\":[{\"id\":\"customers\",\"label\":\"Customers\",\"ciClass\":CLASS,\"selectable\":true}]}";
        for (String ok : new String[] {"null", "\"hardware\""}) {
            assertThat(CONTRACT.problems(
                            "GET", "/api/connectors/t", ADMIN, null, 200, JSON, connector.replace("CLASS", ok)))
                    .as(ok)
                    .isEmpty();
        }
        assertThat(CONTRACT.problems(
                        "GET", "/api/connectors/t", ADMIN, null, 200, JSON, connector.replace("CLASS", "\"firmware\"")))
                .isNotEmpty();
    }

    @Test
    void anIntegrationBeforeItsFirstRunHasANullLastSync() {
        String integration =
                "{\"config\":{\"tenant\":\"acme\"},\"connector\":\"haloitsm\",\"createdAt\":\"2026-11-29T19:31:15.989134700Z\","
                        + "\"id\":1,\"lastSync\":LAST,\"nextRunAt\":null,\"name\":\"Access matrix\",\"secrets\":{\"client-secret\":{\"set\":true}},"
                        + "\"settings\":{\"resourceTypes\":[\"customers\"],\"includeInactive\":true,\"customers\":{\"include\":[],\"exclude\":[]},"
                        + "\"classification\":{},\"retireAfterSyncs\":3,\"scheduleMinutes\":null,\"fullSyncEvery\":24},\"updatedAt\":\"2026-11-29T19:31:15Z\"}";
        assertThat(CONTRACT.problems(
                        "GET", "/api/integrations/1", ADMIN, null, 200, JSON, integration.replace("LAST", "null")))
                .isEmpty();
        assertThat(CONTRACT.problems(
                        "GET", "/api/integrations/1", ADMIN, null, 200, JSON, integration.replace("LAST", "{}")))
                .as("a run without its members")
                .isNotEmpty();
    }

    @Test
    void nullableMembersAndPathVariablesAreUnderstood() {
        String ci =
                "{\"id\":3,\"integrationId\":1,\"sourceId\":\"7\",\"class\":\"hardware\",\"name\":\"PC\",\"type\":null,"
                        + "\"status\":\"active\",\"serialNumber\":null,\"assetTag\":null,\"manufacturer\":null,\"model\":null,"
                        + "\"customer\":null,\"site\":{\"id\":2,\"name\":\"HQ\"},\"warrantyStart\":null,\"warrantyEnd\":\"2027-01-31\","
                        + "\"updatedAt\":\"2026-11-29T18:00:00Z\"}";
        assertThat(CONTRACT.problems(
                        "GET",
                        "/api/cis?class=hardware&size=5",
                        ADMIN,
                        null,
                        200,
                        JSON,
                        "{\"total\":1,\"page\":0,\"size\":5,\"items\":[" + ci + "]}"))
                .isEmpty();
        assertThat(CONTRACT.operation("GET", "/api/connectors/problems"))
                .get()
                .extracting(Contract.Operation::id)
                .isEqualTo("listPluginProblems");
        assertThat(CONTRACT.operation("GET", "/api/connectors/haloitsm"))
                .get()
                .extracting(Contract.Operation::id)
                .isEqualTo("getConnector");
    }
}
