package io.assetbridge.platform.api;

import io.assetbridge.platform.json.JsonText;
import io.assetbridge.platform.sync.Counts;
import io.assetbridge.platform.sync.RunCounts;
import io.assetbridge.platform.sync.RunStatus;
import io.assetbridge.platform.sync.RunWarning;
import io.assetbridge.platform.sync.SyncRun;
import io.assetbridge.spi.ConnectorDescriptor;
import io.assetbridge.spi.ResourceRole;
import io.assetbridge.spi.ResourceType;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sync run as the API shows it. {@code counts} covers CIs only; {@code countsByType} every
 * resource type of the connector. {@code waitingUntil}, {@code waitingFor} and {@code waitingMessage}
 * are set while the run waits (on the pacing budget, a 429 or a retry); {@code rateLimited} counts the
 * 429 answers its connector waited out; {@code warnings} what it skipped while it still succeeded;
 * {@code mode} whether it is full, incremental or a preview; {@code node} the
 * server node executing it (the last one after a takeover);
 * {@code held} the missing marking the mass-missing guard held back (null when nothing was held);
 * {@code preview} a preview's samples per outcome (null for other runs).
 */
public record RunView(
        long id,
        long integrationId,
        String status,
        String trigger,
        String mode,
        String node,
        Instant queuedAt,
        Instant startedAt,
        Instant finishedAt,
        Progress progress,
        CountsView counts,
        Map<String, CountsView> countsByType,
        long requests,
        long rateLimited,
        Instant waitingUntil,
        String waitingFor,
        String waitingMessage,
        List<Warning> warnings,
        JsonObject held,
        JsonObject preview,
        Failure failure) {

    /**
     * Where the run is: the resource type it reads, the pages and records read so far in all, the records
     * it expects in all (null while unknown), the share read in percent, and the seconds it may still take.
     */
    public record Progress(
            String resourceType, long pages, long records, Long total, Integer percent, Long etaSeconds) {

        static Progress of(SyncRun run, Instant now) {
            Long total = run.progressTotal();
            Integer percent = null;
            if (total != null && total > 0) {
                int share = (int) Math.min(100, run.progressRecords() * 100 / total);
                // 100 only once it is done: the last page's writes and missing marking still take time
                percent = run.status() == RunStatus.SUCCEEDED ? 100 : Math.min(99, share);
            }
            Instant end = run.progressEtaAt();
            Long eta =
                    end == null ? null : Math.max(0, Duration.between(now, end).toSeconds());
            return new Progress(
                    run.progressResource(), run.progressPages(), run.progressRecords(), total, percent, eta);
        }
    }

    /** Something the run skipped or could not do while it went on; {@code reason} says what kind. */
    public record Warning(String resourceType, String reason, String permission, String message) {

        static Warning of(RunWarning w) {
            return new Warning(w.resourceType(), w.reason(), w.permission(), w.message());
        }
    }

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
        Instant now = Instant.now();
        // written every second while the run executes: a wait that has ended since is not shown
        boolean waiting = run.waitingUntil() != null && run.waitingUntil().isAfter(now);
        Failure failure =
                run.failureKind() == null ? null : new Failure(run.failureKind().wireName(), run.failureMessage());
        return new RunView(
                run.id(),
                run.integrationId(),
                run.status().wireName(),
                run.trigger().wireName(),
                run.mode().wireName(),
                run.node(),
                run.queuedAt(),
                run.startedAt(),
                run.finishedAt(),
                Progress.of(run, now),
                CountsView.of(counts.total(ciTypes)),
                byType,
                run.requests(),
                run.rateLimited(),
                waiting ? run.waitingUntil() : null,
                waiting ? run.waitingFor() : null,
                waiting ? run.waitingMessage() : null,
                run.warnings().stream().map(Warning::of).toList(),
                run.heldJson() == null ? null : JsonText.parse(run.heldJson()),
                run.previewJson() == null ? null : JsonText.parse(run.previewJson()),
                failure);
    }
}
