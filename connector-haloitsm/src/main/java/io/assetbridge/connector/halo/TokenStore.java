package io.assetbridge.connector.halo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The shared tokens of one connector instance, one per credential (never static: instances stay isolated). */
final class TokenStore {

    private final Map<String, SharedToken> tokens = new ConcurrentHashMap<>();

    SharedToken forCredential(String credentialKey) {
        return tokens.computeIfAbsent(credentialKey, key -> new SharedToken());
    }
}
