package io.assetbridge.halosim;

import java.util.Set;

/** Turns {@code --flag value} / {@code --flag=value} arguments into {@link SimulatorSettings}. */
final class CommandLine {

    /** Thrown for {@code --help}. */
    static final class HelpRequested extends RuntimeException {
        HelpRequested() {
            super(null, null, false, false);
        }
    }

    private static final Set<String> KNOWN = Set.of(
            "port",
            "bind",
            "assets",
            "clients",
            "sites-per-client",
            "asset-types",
            "licences",
            "inactive-ratio",
            "seed",
            "tenant",
            "require-tenant",
            "client-id",
            "client-secret",
            "permissions",
            "refuse-unpermitted-scopes",
            "token-ttl",
            "one-token-per-client",
            "rate-limit",
            "window",
            "retry-after",
            "modified-since-filter",
            "page-fields",
            "threads");

    private CommandLine() {}

    static SimulatorSettings parse(String[] args) {
        SimulatorSettings s = SimulatorSettings.defaults();
        Integer rateLimit = null;
        Long window = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new HelpRequested();
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            String flag = eq >= 0 ? name.substring(0, eq) : name;
            if (!KNOWN.contains(flag)) {
                throw new IllegalArgumentException("Unknown flag --" + flag);
            }
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (isSwitch(name) && (i + 1 >= args.length || args[i + 1].startsWith("--"))) {
                value = "true";
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            try {
                switch (name) {
                    case "port" -> s = s.withPort(Integer.parseInt(value));
                    case "bind" -> s = s.withBindAddress(value);
                    case "assets" -> s = s.withAssets(Integer.parseInt(value));
                    case "clients" -> s = s.withClients(Integer.parseInt(value));
                    case "sites-per-client" -> s = s.withSitesPerClient(Integer.parseInt(value));
                    case "asset-types" -> s = s.withAssetTypes(Integer.parseInt(value));
                    case "licences" -> s = s.withLicences(Integer.parseInt(value));
                    case "inactive-ratio" -> s = s.withInactiveRatio(Double.parseDouble(value));
                    case "seed" -> s = s.withSeed(Long.parseLong(value));
                    case "tenant" -> s = s.withTenant(value);
                    case "require-tenant" -> s = s.withRequireTenant(Boolean.parseBoolean(value));
                    case "client-id" -> s = s.withClientId(value);
                    case "client-secret" -> s = s.withClientSecret(value);
                    case "permissions" -> s = s.withPermissions(value);
                    case "refuse-unpermitted-scopes" -> s = s.withRefuseUnpermittedScopes(Boolean.parseBoolean(value));
                    case "token-ttl" -> s = s.withTokenTtlSeconds(Long.parseLong(value));
                    case "one-token-per-client" -> s = s.withOneTokenPerClient(Boolean.parseBoolean(value));
                    case "rate-limit" -> rateLimit = Integer.parseInt(value);
                    case "window" -> window = Long.parseLong(value);
                    case "retry-after" -> s = s.withRetryAfter(Boolean.parseBoolean(value));
                    case "modified-since-filter" -> s = s.withModifiedSinceFilter(Boolean.parseBoolean(value));
                    case "page-fields" -> s = s.withPageFields(Boolean.parseBoolean(value));
                    case "threads" -> s = s.withThreads(Integer.parseInt(value));
                    default -> throw new IllegalArgumentException("Unknown flag --" + name);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " needs a number, got '" + value + "'");
            }
        }
        if (rateLimit != null || window != null) {
            s = s.withRateLimit(rateLimit == null ? 300 : rateLimit, window == null ? 300 : window);
        }
        return s;
    }

    private static boolean isSwitch(String name) {
        return switch (name) {
            case "require-tenant",
                    "refuse-unpermitted-scopes",
                    "one-token-per-client",
                    "retry-after",
                    "modified-since-filter",
                    "page-fields" -> true;
            default -> false;
        };
    }

    static String usage() {
        return """
                Usage: java -jar halo-simulator.jar [flags]
                  --port N                 listen port (0 = any free port; default 0)
                  --bind ADDR              bind address (default 127.0.0.1)
                  --assets N               assets to generate (default 5000)
                  --clients N              clients (default 40)
                  --sites-per-client N     sites per client (default 3)
                  --asset-types N          asset types (default 10)
                  --licences N             software licences (default 200)
                  --inactive-ratio R       share of inactive assets, 0..1 (default 0.1)
                  --seed N                 data seed (default 1)
                  --tenant NAME            tenant accepted in ?tenant= (default assetbridge; "" = ignore)
                  --require-tenant         refuse token requests without ?tenant= (shared auth host)
                  --client-id ID           (default assetbridge-client)
                  --client-secret SECRET   (default s3cr3t-halo-simulator-demo)
                  --permissions "P P ..."  permissions the API application holds
                                           (default read:assets read:customers read:software read:softwarelicensing)
                  --refuse-unpermitted-scopes  400 invalid_scope instead of silently dropping a scope
                  --token-ttl SECONDS      token lifetime (default 3600)
                  --one-token-per-client   a new token invalidates the client's older tokens
                  --rate-limit N           requests per rolling window (default off; 300 is hosted Halo's)
                  --window SECONDS         rate-limit window (default 300)
                  --retry-after            send Retry-After with 429s
                  --modified-since-filter  honour lastupdatefromdate on Asset, Client and Site
                  --page-fields            add page_no and page_size to paged list bodies
                  --threads N              worker threads (default 16)
                """;
    }
}
