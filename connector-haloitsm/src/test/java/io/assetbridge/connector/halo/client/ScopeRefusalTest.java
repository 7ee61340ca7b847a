package io.assetbridge.connector.halo.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A token endpoint that refuses unpermitted scopes, with and without naming them (OpenIddict's plain
 * "not allowed to use the specified scope"), as a function from request to answer.
 */
class ScopeRefusalTest {

    private static final TokenRequest ALL =
            new TokenRequest(null, "id", "secret", "read:assets read:customers read:software read:softwarelicensing");
    private static final Set<String> PERMITTED = Set.of("read:assets", "read:customers");

    private final List<String> asked = new ArrayList<>();

    private HttpAnswer endpoint(TokenRequest request, boolean names) {
        asked.add(request.scopes());
        for (String scope : request.scopes().split(" ")) {
            if (!PERMITTED.contains(scope)) {
                String text = names
                        ? "This client application is not allowed to use the specified scope: " + scope + "."
                        : "This client application is not allowed to use the specified scope.";
                return new HttpAnswer(
                        400,
                        "{\"error\":\"invalid_scope\",\"error_description\":\"" + text + "\"}",
                        "application/json",
                        Optional.empty());
            }
        }
        return new HttpAnswer(200, "{\"access_token\":\"t\"}", "application/json", Optional.empty());
    }

    @Test
    void namedScopesAreDroppedOneAtATimeWithoutMistakingReadSoftwareForReadSoftwareLicensing() {
        HttpAnswer answer = ScopeRefusal.withoutRefused(ALL, endpoint(ALL, true), request -> endpoint(request, true));

        assertThat(answer.successful()).isTrue();
        assertThat(asked)
                .containsExactly(
                        ALL.scopes(),
                        "read:assets read:customers read:softwarelicensing",
                        "read:assets read:customers");
    }

    @Test
    void unnamedRefusalsAreFoundByAskingForEachScopeAlone() {
        HttpAnswer answer = ScopeRefusal.withoutRefused(ALL, endpoint(ALL, false), request -> endpoint(request, false));

        assertThat(answer.successful()).isTrue();
        assertThat(asked.get(asked.size() - 1)).isEqualTo("read:assets read:customers");
        assertThat(asked).hasSize(1 + 4 + 1);
    }

    @Test
    void whenNothingIsPermittedTheFirstRefusalIsTheAnswer() {
        var none = new TokenRequest(null, "id", "secret", "read:software read:softwarelicensing");
        HttpAnswer first = endpoint(none, true);

        HttpAnswer answer = ScopeRefusal.withoutRefused(none, first, request -> endpoint(request, true));

        assertThat(answer).isSameAs(first);
        assertThat(ScopeRefusal.applies(answer)).isTrue();
    }
}
