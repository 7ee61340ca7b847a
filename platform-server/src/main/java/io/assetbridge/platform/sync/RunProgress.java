package io.assetbridge.platform.sync;

import io.assetbridge.platform.connector.PlatformConnectorContext.UsedBudget;
import io.assetbridge.spi.ResourceType;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far a run has come and how long it may still take. The run's total is, per resource type, the
 * records read when it is done, else the larger of what the source reported as its total and what was read;
 * a type whose source reports nothing counts what was read. The estimate takes the longer of two
 * extrapolations: the pace so far, and the requests still needed at the rate the pacing budget allows.
 */
final class RunProgress {

    /** One resource type's part. */
    private static final class Part {
        long records;
        Long total;
        boolean done;

        long expected() {
            return done || total == null ? records : Math.max(total, records);
        }
    }

    private final Map<String, Part> parts = new LinkedHashMap<>();
    private final Instant started;
    private final long requestsAtStart;
    private long recordsThisExecution;

    /**
     * @param requestsAtStart the run's requests before this execution (a resumed run has some)
     */
    RunProgress(
            List<ResourceType> types,
            Map<String, PageStore.Checkpoint> checkpoints,
            Instant started,
            long requestsAtStart) {
        this.started = started;
        this.requestsAtStart = requestsAtStart;
        for (ResourceType type : types) {
            var part = new Part();
            var checkpoint = checkpoints.get(type.id());
            if (checkpoint != null) {
                part.records = checkpoint.records();
                part.done = checkpoint.done();
            }
            parts.put(type.id(), part);
        }
    }

    /** A total known before the type is read (from discovery). */
    void expect(String type, long total) {
        Part part = parts.get(type);
        if (part != null && part.total == null) {
            part.total = total;
        }
    }

    /** A page of {@code type} was committed. */
    void page(String type, long records, Long reportedTotal, boolean last) {
        Part part = parts.computeIfAbsent(type, t -> new Part());
        part.records += records;
        recordsThisExecution += records;
        if (reportedTotal != null) {
            part.total = reportedTotal;
        }
        part.done = last;
    }

    /** Records the run expects to read in all, or null when nothing is known yet. */
    Long total() {
        long total = parts.values().stream().mapToLong(Part::expected).sum();
        return total == 0 ? null : total;
    }

    /**
     * When the run should end, or null while there is nothing to extrapolate from.
     *
     * @param requests the requests made so far in this run
     */
    Instant estimatedEnd(Instant now, long requests, List<UsedBudget> budgets) {
        Long total = total();
        long read = parts.values().stream().mapToLong(p -> p.records).sum();
        if (total == null || recordsThisExecution == 0) {
            return null;
        }
        long remaining = Math.max(0, total - read);
        double perRecord = Duration.between(started, now).toMillis() / (double) recordsThisExecution;
        long byPaceMillis = (long) (perRecord * remaining);
        double requestsPerRecord = Math.max(0, requests - requestsAtStart) / (double) recordsThisExecution;
        long byBudgetMillis = 0;
        for (UsedBudget budget : budgets) {
            // up to a window's worth may still be free; the rest goes at the budget's rate
            double beyondWindow = requestsPerRecord * remaining - budget.requests();
            if (beyondWindow > 0) {
                byBudgetMillis = Math.max(
                        byBudgetMillis, (long) (beyondWindow * budget.window().toMillis() / budget.requests()));
            }
        }
        return now.plusMillis(Math.max(byPaceMillis, byBudgetMillis));
    }
}
