package io.assetbridge.platform.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VersionedCacheTest {

    @Test
    void reusesAValueUntilTheVersionMovesOn() throws SQLException {
        var cache = new VersionedCache<String, Integer>(10);
        var computed = new AtomicInteger();
        assertThat(cache.get("k", 1, computed::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get("k", 1, computed::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get("k", 0, computed::incrementAndGet))
                .as("an older reader takes the newer value")
                .isEqualTo(1);
        assertThat(cache.get("k", 2, computed::incrementAndGet)).isEqualTo(2);
        assertThat(computed).hasValue(2);
    }

    @Test
    void concurrentCallersShareOneComputation() throws Exception {
        var cache = new VersionedCache<String, Integer>(10);
        var computed = new AtomicInteger();
        var release = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> cache.get("k", 5, () -> {
                    computed.incrementAndGet();
                    try {
                        release.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return 42;
                })));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(42);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(computed).hasValue(1);
    }

    @Test
    void aFailureIsNotCached() throws SQLException {
        var cache = new VersionedCache<String, Integer>(10);
        assertThatThrownBy(() -> cache.get("k", 1, () -> {
                    throw new SQLException("boom");
                }))
                .hasMessage("boom");
        assertThat(cache.get("k", 1, () -> 7)).isEqualTo(7);
    }

    @Test
    void evictsTheLeastRecentlyUsedBeyondItsWeight() throws SQLException {
        var cache = new VersionedCache<String, long[]>(10, ids -> ids.length);
        cache.get("a", 1, () -> new long[4]);
        cache.get("b", 1, () -> new long[4]);
        cache.get("a", 1, () -> new long[0]); // a is used again: b is now the eldest
        cache.get("c", 1, () -> new long[4]);
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get("a", 1, () -> new long[1])).hasSize(4); // still the cached one
        assertThat(cache.get("b", 1, () -> new long[1])).hasSize(1); // recomputed
    }
}
