package io.assetbridge.platform.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.assetbridge.platform.inventory.write.PageRecords;
import io.assetbridge.platform.inventory.write.Tables;
import io.assetbridge.spi.CiClass;
import io.assetbridge.spi.ConnectorException;
import io.assetbridge.spi.FailureKind;
import io.assetbridge.spi.Page;
import io.assetbridge.spi.PageRequest;
import io.assetbridge.spi.ResourceRole;
import io.assetbridge.spi.ResourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The page feed on a plain thread pool: order, failures in place, and stopping when closed. */
class PageFeedTest {

    private static final ResourceType HARDWARE = new ResourceType(
            "hardware", "Hardware", ResourceRole.CONFIGURATION_ITEM, CiClass.HARDWARE, true, null, false);

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(5, TimeUnit.SECONDS))
                .as("every worker ended")
                .isTrue();
    }

    /** Page n has cursor "n"; the source has {@code pages} pages. */
    private static Page page(PageRequest request, int pages) {
        int n = request.cursor() == null ? 1 : Integer.parseInt(request.cursor());
        return new Page(List.of(), n < pages ? String.valueOf(n + 1) : null);
    }

    /** A plan that remembers which page it came from (its "seen" list holds the page number). */
    private static PagePlan plan(Page page, int number) {
        return new PagePlan(
                HARDWARE,
                new PageRecords<>(Tables.CIS, HARDWARE.id()),
                List.of("page " + number),
                List.of(),
                0,
                0,
                null,
                page.nextCursor(),
                null);
    }

    private static int number(Page page) {
        return page.nextCursor() == null ? -1 : Integer.parseInt(page.nextCursor()) - 1;
    }

    @Test
    void pagesArriveInOrderAndEndAfterTheLast() throws Exception {
        List<String> written = new ArrayList<>();
        var mapped = new AtomicInteger();
        try (var feed = new PageFeed(
                pool, PageRequest.first("hardware", 100), r -> page(r, 25), p -> plan(p, mapped.incrementAndGet()))) {
            for (PagePlan p = feed.next(); p != null; p = feed.next()) {
                written.add(p.seen().get(0));
            }
            assertThat(feed.next()).isNull();
        }
        assertThat(written).hasSize(25).first().isEqualTo("page 1");
        assertThat(written).last().isEqualTo("page 25");
        assertThat(written)
                .doesNotHaveDuplicates()
                .isSortedAccordingTo(
                        (a, b) -> Integer.compare(Integer.parseInt(a.substring(5)), Integer.parseInt(b.substring(5))));
    }

    @Test
    void aFetchFailureReachesTheWriterAfterThePagesBeforeIt() throws Exception {
        var failure = new ConnectorException(FailureKind.DATA, "hardware page 4 is malformed");
        List<PagePlan> written = new ArrayList<>();
        try (var feed = new PageFeed(
                pool,
                PageRequest.first("hardware", 100),
                r -> {
                    if ("4".equals(r.cursor())) {
                        throw failure;
                    }
                    return page(r, 10);
                },
                p -> plan(p, number(p)))) {
            assertThatThrownBy(() -> {
                        for (PagePlan p = feed.next(); p != null; p = feed.next()) {
                            written.add(p);
                        }
                    })
                    .isSameAs(failure);
        }
        assertThat(written).hasSize(3);
        assertThat(written).extracting(PagePlan::nextCursor).containsExactly("2", "3", "4");
    }

    @Test
    void aMappingFailureReachesTheWriterInItsPlace() throws Exception {
        var bug = new IllegalStateException("mapping bug on page 2");
        List<PagePlan> written = new ArrayList<>();
        try (var feed = new PageFeed(pool, PageRequest.first("hardware", 100), r -> page(r, 10), p -> {
            if ("3".equals(p.nextCursor())) {
                throw bug;
            }
            return plan(p, number(p));
        })) {
            assertThatThrownBy(() -> {
                        for (PagePlan p = feed.next(); p != null; p = feed.next()) {
                            written.add(p);
                        }
                    })
                    .isSameAs(bug);
        }
        assertThat(written).extracting(PagePlan::nextCursor).containsExactly("2");
    }

    @Test
    void closingStopsTheReadingWithinTheHandOverDepth() throws Exception {
        var fetched = new AtomicInteger();
        try (var feed = new PageFeed(
                pool,
                PageRequest.first("hardware", 100),
                r -> {
                    fetched.incrementAndGet();
                    return page(r, Integer.MAX_VALUE); // a source without end
                },
                p -> plan(p, number(p)))) {
            feed.next();
            feed.next();
        }
        Thread.sleep(300); // let the workers notice (they poll every 100 ms)
        int afterClose = fetched.get();
        Thread.sleep(300);
        assertThat(fetched.get()).as("no page is fetched after close").isEqualTo(afterClose);
        // two taken, at most DEPTH waiting in each hand-over, one being mapped and one being fetched
        assertThat(afterClose).isLessThanOrEqualTo(2 + 2 * PageFeed.DEPTH + 2);
    }
}
