package io.assetbridge.platform.metrics;

import io.assetbridge.platform.sync.RunRef;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Every AssetBridge metric's name, unit and description, in one place so {@code docs/operations.md}
 * can be checked against it. Tags are the connector type and the integration id, plus the one
 * dimension a metric is about; never a name, URL or secret.
 */
final class MetricNames {

    static final Metadata RUNS = counter("assetbridge.runs", "Sync runs ended on this node, by outcome.");
    static final Metadata RUN_DURATION = Metadata.builder()
            .withName("assetbridge.run.duration")
            .withUnit(MetricUnits.SECONDS)
            .withDescription("How long ended runs took, from their start to their end.")
            .build();
    static final Metadata RECORDS_READ =
            counter("assetbridge.records.read", "Source records read by runs on this node (every resource type).");
    static final Metadata RECORDS_WRITTEN = counter(
            "assetbridge.records.written", "Records created or updated by runs on this node (every resource type).");
    static final Metadata SOURCE_REQUESTS = counter(
            "assetbridge.source.requests",
            "HTTP calls of runs on this node to their source, token calls included, by status class.");
    static final Metadata SOURCE_RATE_LIMITED =
            counter("assetbridge.source.rate.limited", "Calls of runs on this node that the source answered 429.");
    static final Metadata WAIT = Metadata.builder()
            .withName("assetbridge.run.wait")
            .withUnit(MetricUnits.SECONDS)
            .withDescription("Time runs on this node spent waiting, by reason.")
            .build();
    static final Metadata ACTIVE =
            gauge("assetbridge.runs.active", MetricUnits.NONE, "Runs queued, running, or running and waiting now.");
    static final Metadata LAST_SUCCESS_AGE = gauge(
            "assetbridge.last.success.age",
            MetricUnits.SECONDS,
            "Seconds since the integration's last successful sync ended (since it was created, if none has).");
    static final Metadata SCHEDULE = gauge(
            "assetbridge.schedule.interval",
            MetricUnits.SECONDS,
            "The integration's sync schedule interval; absent when it syncs manually only.");
    static final Metadata INVENTORY =
            gauge("assetbridge.inventory.cis", MetricUnits.NONE, "Configuration items stored, by class and status.");

    private MetricNames() {}

    private static Metadata counter(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }

    private static Metadata gauge(String name, String unit, String description) {
        return Metadata.builder()
                .withName(name)
                .withUnit(unit)
                .withDescription(description)
                .build();
    }

    /** The connector and integration tags, plus {@code more} as name, value pairs. */
    static Tag[] tags(String connector, long integrationId, String... more) {
        List<Tag> tags = new ArrayList<>();
        tags.add(new Tag("connector", connector));
        tags.add(new Tag("integration", String.valueOf(integrationId)));
        for (int i = 0; i < more.length; i += 2) {
            tags.add(new Tag(more[i], more[i + 1]));
        }
        return tags.toArray(Tag[]::new);
    }

    static Tag[] tags(RunRef run, String... more) {
        return tags(run.connectorType(), run.integrationId(), more);
    }
}
