package io.assetbridge.cwsim.http;

import io.assetbridge.cwsim.data.Conditions;
import io.assetbridge.cwsim.data.Rows.Slice;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/** One list endpoint's rows, by ascending id. */
interface Listing {

    Slice ids(Conditions conditions, long afterId, long skip, int limit);

    long count(Conditions conditions);

    Optional<Map<String, Object>> row(int id);

    /** Whether the endpoint offers forward-only paging. */
    boolean forwardOnly();

    /** A short list held as ids (companies, types, one company's sites). */
    static Listing of(int[] ids, IntFunction<Instant> lastUpdated, IntFunction<Map<String, Object>> row) {
        int[] sorted = ids.clone();
        Arrays.sort(sorted);
        return new Listing() {
            @Override
            public Slice ids(Conditions conditions, long afterId, long skip, int limit) {
                List<Integer> matching = Arrays.stream(sorted)
                        .filter(id -> id > afterId && conditions.test(id, lastUpdated.apply(id)))
                        .skip(skip)
                        .limit(limit + 1L)
                        .boxed()
                        .toList();
                int[] page = matching.stream()
                        .limit(limit)
                        .mapToInt(Integer::intValue)
                        .toArray();
                return new Slice(page, matching.size() > limit);
            }

            @Override
            public long count(Conditions conditions) {
                return Arrays.stream(sorted)
                        .filter(id -> conditions.test(id, lastUpdated.apply(id)))
                        .count();
            }

            @Override
            public Optional<Map<String, Object>> row(int id) {
                return Arrays.binarySearch(sorted, id) >= 0 ? Optional.of(row.apply(id)) : Optional.empty();
            }

            @Override
            public boolean forwardOnly() {
                return false;
            }
        };
    }
}
