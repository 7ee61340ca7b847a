package io.assetbridge.platform.api;

import io.assetbridge.platform.sync.Counts;
import io.assetbridge.platform.sync.RunCounts;
import io.assetbridge.platform.sync.SyncRun;
import io.assetbridge.spi.ConnectorDescriptor;
import io.assetbridge.spi.ResourceRole;
import io.assetbridge.spi.ResourceType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sync run as the API shows it. {@code counts} covers CIs only; {@code countsByType} every
 * resource type of the connector. {@code waitingUntil} is set while the run waits out a rate limit
 * or a retry; {@code rateLimited} counts the 429 answers its connector waited out.
 */
public record RunView(
        long id,
        long integrationId,
        String status,
        String trigger,
        Instant queuedAt,
        Instant startedAt,
        Instant finishedAt,
        Progress progress,
        CountsView counts,
        Map<String, CountsView> countsByType,
        long requests,
        long rateLimited,
        Instant waitingUntil,
        Failure failure) {

    /** Where the run is. */
    public record Progress(String resourceType, long pages, long records) {}

    /**
     * What the run did; {@code fetched = created + updated + unchanged + skipped + failed}; missing,
     * retired and excluded count the CIs this run changed to that status.
     */
    public record CountsView(
            long fetched,
            long created,
            long updated,
            long unchanged,
            long skipped,
            long failed,
            long missing,
            long retired,
            long excluded) {
        static CountsView of(Counts c) {
            return new CountsView(
                    c.fetched(),
                    c.created(),
                    c.updated(),
                    c.unchanged(),
                    c.skipped(),
                    c.failed(),
                    c.missing(),
                    c.retired(),
                    c.excluded());
        }
    }

    /** Why the run failed. */
    public record Failure(String kind, String message) {}

    static RunView of(SyncRun run, ConnectorDescriptor descriptor) {
        RunCounts counts = run.counts();
        List<String> ciTypes = descriptor.resourceTypes().stream()
                .filter(t -> t.role() == ResourceRole.CONFIGURATION_ITEM)
                .map(ResourceType::id)
                .toList();
        var byType = new LinkedHashMap<String, CountsView>();
        descriptor.resourceTypes().forEach(t -> byType.put(t.id(), CountsView.of(counts.of(t.id()))));
        Failure failure =
                run.failureKind() == null ? null : new Failure(run.failureKind().wireName(), run.failureMessage());
        return new RunView(
                run.id(),
                run.integrationId(),
                run.status().wireName(),
                run.trigger().wireName(),
                run.queuedAt(),
                run.startedAt(),
                run.finishedAt(),
                new Progress(run.progressResource(), run.progressPages(), run.progressRecords()),
                CountsView.of(counts.total(ciTypes)),
                byType,
                run.requests(),
                run.rateLimited(),
                run.waitingUntil(),
                failure);
    }
}
