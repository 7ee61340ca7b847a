package io.assetbridge.cwsim;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar connectwise-simulator.jar [--flag value ...]}: starts the simulator, prints every setting
 * and the values an integration needs, then {@code ConnectWise simulator ready on port N} as the last line
 * (tests started with {@code --port 0} read the port from it).
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        SimSettings settings;
        try {
            settings = SimSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("connectwise-simulator: " + e.getMessage());
            System.err.println("flags: "
                    + String.join(
                            " ",
                            SimSettings.defaults().describe().keySet().stream()
                                    .map(f -> "--" + f + " <value>")
                                    .toList()));
            System.exit(2);
            return;
        }
        CwSimulator sim = CwSimulator.start(settings);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            sim.close();
                            stopped.countDown();
                        },
                        "cw-sim-shutdown"));
        printBanner(sim, System.out);
        stopped.await();
    }

    static void printBanner(CwSimulator sim, PrintStream out) {
        out.println("ConnectWise simulator settings:");
        var described = sim.settings().describe();
        described.put("port", Integer.toString(sim.port()));
        described.forEach((k, v) -> out.printf("  --%-16s %s%n", k, v));
        out.println("Data: " + sim.data().configurationCount() + " configurations, "
                + sim.data().companyCount()
                + " companies, " + sim.data().typeCount() + " configuration types; codebase "
                + SimSettings.CODEBASE);
        out.println("Paste into the integration (demo credentials, safe to print):");
        out.println("  site          " + sim.site());
        out.println("  company-id    " + sim.settings().companyId());
        out.println("  public-key    " + sim.settings().publicKey());
        out.println("  private-key   " + sim.settings().privateKey());
        out.println("  client-id     " + sim.settings().clientId());
        out.println("Controls: " + sim.site() + "/_sim/counters, /_sim/mutate, /_sim/faults (see README)");
        out.println("ConnectWise simulator ready on port " + sim.port());
        out.flush();
    }
}
