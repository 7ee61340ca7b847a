package io.assetbridge.platform.sync;

import io.assetbridge.spi.Page;
import io.assetbridge.spi.PageRequest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A resource type's pages, ready to write, in order: one worker fetches page after page (it only
 * learns the next cursor from the page before), a second maps each fetched page, and the run's
 * thread takes the results. Each hand-over holds at most {@link #DEPTH} pages, so a slow writer
 * holds back the reading rather than filling the heap. A failure in either worker reaches the
 * writer in page order, after the pages before it.
 */
final class PageFeed implements AutoCloseable {

    static final int DEPTH = 2;

    /** Reads one page from the source (with the engine's retries). */
    @FunctionalInterface
    interface Fetcher {
        Page fetch(PageRequest request) throws Exception;
    }

    /** Turns a fetched page into what to write. */
    @FunctionalInterface
    interface Mapper {
        PagePlan map(Page page) throws Exception;
    }

    private final BlockingQueue<Object> fetched = new ArrayBlockingQueue<>(DEPTH);
    private final BlockingQueue<Object> mapped = new ArrayBlockingQueue<>(DEPTH);
    private final Future<?> fetching;
    private final Future<?> mapping;
    private volatile boolean closed;
    private boolean finished;

    PageFeed(ExecutorService executor, PageRequest first, Fetcher fetch, Mapper map) {
        fetching = executor.submit(() -> worker(fetched, () -> {
            PageRequest request = first;
            while (request != null) {
                Page page = fetch.fetch(request);
                if (!hand(fetched, page)) {
                    return;
                }
                request = page.nextCursor() == null ? null : request.next(page.nextCursor());
            }
        }));
        mapping = executor.submit(() -> worker(mapped, () -> {
            for (Object item = take(fetched); item != null; item = take(fetched)) {
                boolean last = !(item instanceof Page page) || page.nextCursor() == null;
                if (!hand(mapped, item instanceof Page page ? map.map(page) : item) || last) {
                    return; // a failure from the fetcher is handed on as it is, in its place
                }
            }
        }));
    }

    /** The next page to write, or null after the last; rethrows what stopped the workers. */
    PagePlan next() throws Exception {
        if (finished) {
            return null;
        }
        Object item = mapped.take();
        if (item instanceof Exception failure) {
            finished = true;
            throw failure;
        }
        if (item instanceof Error error) {
            finished = true;
            throw error;
        }
        PagePlan page = (PagePlan) item;
        finished = page.nextCursor() == null;
        return page;
    }

    /** Stops both workers (the writer failed, was cancelled, or took the last page). */
    @Override
    public void close() {
        closed = true;
        fetching.cancel(true);
        mapping.cancel(true);
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    /** Runs a worker's loop; what stops it early is handed on in place of the next page. */
    private Void worker(BlockingQueue<Object> out, Work work) {
        try {
            work.run();
        } catch (Exception | Error failure) {
            hand(out, failure);
        }
        return null;
    }

    /** Puts an item, waiting for room until the feed is closed; false when it was closed. */
    private boolean hand(BlockingQueue<Object> queue, Object item) {
        while (!closed) {
            try {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            } catch (InterruptedException closing) {
                // close() interrupts; the loop sees closed
            }
        }
        return false;
    }

    /** Takes an item, waiting until the feed is closed; null when it was closed. */
    private Object take(BlockingQueue<Object> queue) {
        while (!closed) {
            try {
                Object item = queue.poll(100, TimeUnit.MILLISECONDS);
                if (item != null) {
                    return item;
                }
            } catch (InterruptedException closing) {
                // close() interrupts; the loop sees closed
            }
        }
        return null;
    }
}
