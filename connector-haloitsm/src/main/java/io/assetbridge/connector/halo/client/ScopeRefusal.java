package io.assetbridge.connector.halo.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Halo's token endpoint may refuse a scope the API application was not granted (400 {@code invalid_scope})
 * instead of leaving it out of the token. Signing in then goes on without the refused scopes: Halo's own
 * setup grants only {@code read:assets read:customers}, and that must be enough to sync hardware. What is
 * missing shows later, per resource type, as a 403 the discovery turns into a warning.
 */
final class ScopeRefusal {

    private ScopeRefusal() {}

    static boolean applies(HttpAnswer answer) {
        return answer.status() == 400
                && JsonBodies.oauthError(answer.body())
                        .filter("invalid_scope"::equals)
                        .isPresent();
    }

    /**
     * Asks again without each scope Halo names as refused. When Halo names none (OpenIddict's plain
     * "not allowed to use the specified scope"), asks for each scope alone, then for those it accepted.
     *
     * @param refused the first {@code invalid_scope} answer
     * @param ask     sends one token request
     * @return the last answer: a token, or the refusal when no requested scope is allowed at all
     */
    static HttpAnswer withoutRefused(TokenRequest request, HttpAnswer refused, Function<TokenRequest, HttpAnswer> ask) {
        List<String> scopes = new ArrayList<>(List.of(request.scopes().split(" ")));
        HttpAnswer answer = refused;
        while (applies(answer)) {
            List<String> named = named(answer, scopes);
            if (named.isEmpty()) {
                return eachAlone(request, scopes, answer, ask);
            }
            scopes.removeAll(named);
            if (scopes.isEmpty()) {
                return refused;
            }
            answer = ask.apply(request.withScopes(String.join(" ", scopes)));
        }
        return answer;
    }

    private static HttpAnswer eachAlone(
            TokenRequest request, List<String> scopes, HttpAnswer refused, Function<TokenRequest, HttpAnswer> ask) {
        var accepted = new ArrayList<String>();
        HttpAnswer lastToken = refused;
        for (String scope : scopes) {
            HttpAnswer alone = ask.apply(request.withScopes(scope));
            if (alone.successful()) {
                accepted.add(scope);
                lastToken = alone;
            } else if (!applies(alone)) {
                return alone; // another problem (secret, tenant): report that one
            }
        }
        if (accepted.isEmpty()) {
            return refused;
        }
        // one accepted scope: its token is the answer already
        return accepted.size() == 1 ? lastToken : ask.apply(request.withScopes(String.join(" ", accepted)));
    }

    /** The requested scopes Halo's error text names, matched as whole words. */
    private static List<String> named(HttpAnswer answer, List<String> scopes) {
        String text = JsonBodies.errorText(answer.body()).orElse("").toLowerCase(Locale.ROOT);
        return scopes.stream()
                .filter(scope -> Pattern.compile(
                                "(?<![\\w:])" + Pattern.quote(scope.toLowerCase(Locale.ROOT)) + "(?![\\w:])")
                        .matcher(text)
                        .find())
                .toList();
    }
}
