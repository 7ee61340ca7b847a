package io.assetbridge.halosim;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar halo-simulator.jar [--flag value ...]}: starts the simulator, prints every
 * setting in force and the five values an integration needs, then
 * {@code Halo simulator ready on port N} as the last line (tests started with {@code --port 0}
 * read the port from it).
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        SimulatorSettings settings;
        try {
            settings = CommandLine.parse(args);
        } catch (CommandLine.HelpRequested e) {
            System.out.println(CommandLine.usage());
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("halo-simulator: " + e.getMessage());
            System.err.println(CommandLine.usage());
            System.exit(2);
            return;
        }
        HaloSimulator sim = HaloSimulator.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            sim.close();
                            stopped.countDown();
                        },
                        "halo-sim-shutdown"));
        printBanner(sim, System.out);
        stopped.await();
    }

    static void printBanner(HaloSimulator sim, PrintStream out) {
        out.println("Halo simulator settings:");
        Map<String, String> described = sim.settings().describe(true);
        described.put("port", Integer.toString(sim.port()));
        described.forEach((k, v) -> out.printf("  --%-26s %s%n", k, v));
        out.println("Data: " + sim.data().totalAssets() + " assets ("
                + sim.data().activeAssets() + " active), "
                + sim.data().totalClients() + " clients, " + sim.data().totalSites() + " sites, "
                + sim.data().totalAssetTypes() + " asset types, " + sim.data().totalLicences() + " licences");
        out.println("Paste into the integration (demo credentials, safe to print):");
        out.println("  Resource Server URL       " + sim.resourceServerUrl());
        out.println("  Authorisation Server URL  " + sim.authorisationServerUrl());
        out.println("  Tenant                    " + sim.tenant());
        out.println("  Client ID                 " + sim.clientId());
        out.println("  Client Secret             " + sim.clientSecret());
        out.println("Controls: " + sim.baseUrl() + "/_sim/summary (see README)");
        out.println("Halo simulator ready on port " + sim.port());
        out.flush();
    }
}
