package io.assetbridge.cwsim;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the simulator serves and accepts, from its command line.
 *
 * @param port           the port, 0 for any free one
 * @param configurations how many configurations the seed generates
 * @param companies      how many companies
 * @param types          how many configuration types
 * @param companyId      the company id to sign in with (case-insensitive, as ConnectWise treats it)
 * @param publicKey      the API member's public key
 * @param privateKey     the API member's private key
 * @param clientId       the registered integration's GUID expected in the {@code clientId} header
 * @param rateLimit      requests allowed per window, 0 for no limit
 * @param windowSeconds  the rolling window of the rate limit
 * @param seed           drives every generated value and every mutation
 */
public record SimSettings(
        int port,
        int configurations,
        int companies,
        int types,
        String companyId,
        String publicKey,
        String privateKey,
        String clientId,
        int rateLimit,
        int windowSeconds,
        long seed) {

    public static final String CODEBASE = "v4_6_release/";

    public SimSettings {
        require(port >= 0 && port <= 65535, "--port must be 0 to 65535");
        require(configurations >= 0 && configurations <= 50_000_000, "--configurations must be 0 to 50,000,000");
        require(companies >= 1 && companies <= 100_000, "--companies must be 1 to 100,000");
        require(types >= 1 && types <= 1_000, "--types must be 1 to 1,000");
        require(rateLimit >= 0, "--rate-limit must not be negative");
        require(windowSeconds >= 1, "--window must be at least 1 second");
        for (String text : new String[] {companyId, publicKey, privateKey, clientId}) {
            require(text != null && !text.isBlank() && !text.contains(":"), "credentials must be non-blank, no ':'");
        }
    }

    public static SimSettings defaults() {
        return new SimSettings(
                0,
                2_000,
                50,
                12,
                "assetbridge",
                "SimPublicKey0001",
                "SimPrivateKey-demo-0001",
                "3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                0,
                60,
                1L);
    }

    /** Parses {@code --flag value} pairs over the defaults. */
    public static SimSettings parse(String... args) {
        var values = new LinkedHashMap<String, String>(defaults().describe());
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            require(flag.startsWith("--"), "expected a --flag, got " + flag);
            String name = flag.substring(2);
            require(values.containsKey(name), "unknown flag " + flag);
            require(i + 1 < args.length, flag + " needs a value");
            values.put(name, args[++i]);
        }
        try {
            return new SimSettings(
                    Integer.parseInt(values.get("port")),
                    Integer.parseInt(values.get("configurations")),
                    Integer.parseInt(values.get("companies")),
                    Integer.parseInt(values.get("types")),
                    values.get("company-id"),
                    values.get("public-key"),
                    values.get("private-key"),
                    values.get("client-id"),
                    Integer.parseInt(values.get("rate-limit")),
                    Integer.parseInt(values.get("window")),
                    Long.parseLong(values.get("seed")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + e.getMessage(), e);
        }
    }

    /** Every flag with its value, in command-line spelling. */
    public Map<String, String> describe() {
        var map = new LinkedHashMap<String, String>();
        map.put("port", Integer.toString(port));
        map.put("configurations", Integer.toString(configurations));
        map.put("companies", Integer.toString(companies));
        map.put("types", Integer.toString(types));
        map.put("company-id", companyId);
        map.put("public-key", publicKey);
        map.put("private-key", privateKey);
        map.put("client-id", clientId);
        map.put("rate-limit", Integer.toString(rateLimit));
        map.put("window", Integer.toString(windowSeconds));
        map.put("seed", Long.toString(seed));
        return map;
    }

    public SimSettings withSize(int newConfigurations, int newCompanies, int newTypes) {
        return new SimSettings(
                port,
                newConfigurations,
                newCompanies,
                newTypes,
                companyId,
                publicKey,
                privateKey,
                clientId,
                rateLimit,
                windowSeconds,
                seed);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
