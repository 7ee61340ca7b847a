package io.assetbridge.halosim.http;

import java.util.Locale;
import java.util.Map;

/**
 * Where a request goes, from its path matched case-insensitively (Halo's paths are):
 * {@code /auth/token}, {@code /api/{Resource}[/{id}]}, {@code /_sim/...}, or nowhere.
 */
record Route(Kind kind, String resource, String id) {

    enum Kind {
        TOKEN,
        API,
        CONTROL,
        UNKNOWN
    }

    private static final Map<String, String> RESOURCES = Map.of(
            "asset", "Asset",
            "client", "Client",
            "site", "Site",
            "assettype", "AssetType",
            "softwarelicence", "SoftwareLicence",
            "assetsoftware", "AssetSoftware",
            "authinfo", "AuthInfo");

    static Route of(String rawPath) {
        String path = rawPath.toLowerCase(Locale.ROOT);
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.equals("/_sim") || path.startsWith("/_sim/")) {
            return new Route(Kind.CONTROL, null, path.length() > 5 ? path.substring(6) : "");
        }
        if (path.equals("/auth/token")) {
            return new Route(Kind.TOKEN, null, null);
        }
        if (path.startsWith("/api/")) {
            String[] parts = path.substring(5).split("/");
            String resource = RESOURCES.get(parts[0]);
            if (resource != null && parts.length <= 2) {
                return new Route(Kind.API, resource, parts.length == 2 ? parts[1] : null);
            }
            return new Route(Kind.API, null, null);
        }
        return new Route(Kind.UNKNOWN, null, null);
    }

    /** The counter key: {@code Asset}, {@code Asset/{id}}, {@code token} or {@code other}. */
    String endpointKey() {
        return switch (kind) {
            case TOKEN -> "token";
            case API -> resource == null ? "other" : id == null ? resource : resource + "/{id}";
            default -> "other";
        };
    }
}
