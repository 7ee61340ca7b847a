package io.assetbridge.cwsim.data;

import io.assetbridge.cwsim.data.Rows.Company;
import io.assetbridge.cwsim.data.Rows.ConfigType;
import io.assetbridge.cwsim.data.Rows.Configuration;
import io.assetbridge.cwsim.data.Rows.Mutation;
import io.assetbridge.cwsim.data.Rows.Site;
import io.assetbridge.cwsim.data.Rows.Slice;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything the simulator serves. Rows come from the {@link Generator}; the only state is the overlay of
 * mutations: a bit per deleted configuration, and the renamed or added ones with their new
 * {@code lastUpdated}. Memory therefore stays flat whatever the number of configurations. Thread-safe.
 */
public final class CwData {

    private final Generator generator;
    private final int companies;
    private final int types;
    private final Clock clock;
    private final SplittableRandom picks;
    private final BitSet deleted = new BitSet();
    private final TreeMap<Integer, Instant> touched = new TreeMap<>();
    private final Map<Integer, Integer> renames = new HashMap<>();
    private int maxId;
    private int live;
    private Instant lastStamp = Instant.EPOCH;

    public CwData(long seed, int configurations, int companies, int types, Clock clock) {
        this.generator = new Generator(seed, companies, types);
        this.companies = companies;
        this.types = types;
        this.clock = clock;
        this.picks = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.maxId = configurations;
        this.live = configurations;
    }

    public int companyCount() {
        return companies;
    }

    public int typeCount() {
        return types;
    }

    public synchronized int configurationCount() {
        return live;
    }

    public Optional<Company> company(int id) {
        return id >= 1 && id <= companies ? Optional.of(generator.company(id)) : Optional.empty();
    }

    public List<Site> sites(int companyId) {
        return generator.sites(companyId);
    }

    public Optional<ConfigType> type(int id) {
        return id >= 1 && id <= types ? Optional.of(generator.type(id)) : Optional.empty();
    }

    public synchronized Optional<Configuration> configuration(int id) {
        if (id < 1 || id > maxId || deleted.get(id)) {
            return Optional.empty();
        }
        Integer generation = renames.get(id);
        return Optional.of(generator.configuration(
                id, generation == null ? "" : " (renamed " + generation + ")", touched.get(id)));
    }

    private synchronized Instant lastUpdated(int id) {
        Instant at = touched.get(id);
        return at != null ? at : generator.configurationLastUpdated(id);
    }

    /**
     * Up to {@code limit} configuration ids above {@code afterId} that match, after skipping {@code skip}
     * matches, ascending.
     */
    public synchronized Slice configurationIds(Conditions conditions, long afterId, long skip, int limit) {
        int[] ids = new int[limit];
        int found = 0;
        long skipped = 0;
        for (int id : candidates(conditions, afterId)) {
            if (matches(conditions, id)) {
                if (skipped < skip) {
                    skipped++;
                } else if (found == limit) {
                    return new Slice(ids, true);
                } else {
                    ids[found++] = id;
                }
            }
        }
        return new Slice(Arrays.copyOf(ids, found), false);
    }

    public synchronized long countConfigurations(Conditions conditions) {
        long count = 0;
        for (int id : candidates(conditions, 0)) {
            if (matches(conditions, id)) {
                count++;
            }
        }
        return count;
    }

    private boolean matches(Conditions conditions, int id) {
        return !deleted.get(id) && (conditions.isEmpty() || conditions.test(id, lastUpdated(id)));
    }

    /** Ids to look at in order: only the touched ones when the conditions exclude every generated row. */
    private Iterable<Integer> candidates(Conditions conditions, long afterId) {
        if (conditions.onlyUpdatedSince(Generator.BASE)) {
            return List.copyOf(touched.tailMap((int) Math.min(afterId, Integer.MAX_VALUE), false)
                    .keySet());
        }
        int from = (int) Math.max(1, Math.min(afterId + 1, Integer.MAX_VALUE));
        int to = maxId;
        return () -> new PrimitiveIterator.OfInt() {
            int next = from;

            @Override
            public boolean hasNext() {
                return next <= to;
            }

            @Override
            public int nextInt() {
                return next++;
            }
        };
    }

    /** Deletes, renames and adds configurations, picked deterministically from the seed; each gets a new stamp. */
    public synchronized Mutation mutate(int delete, int rename, int add) {
        if (delete + rename > live) {
            throw new IllegalArgumentException("only " + live + " configurations are left");
        }
        int[] removed = pickLive(delete);
        for (int id : removed) {
            deleted.set(id);
            touched.remove(id);
            live--;
        }
        int[] renamed = pickLive(rename);
        for (int id : renamed) {
            renames.merge(id, 1, Integer::sum);
            touched.put(id, stamp());
        }
        int[] added = new int[add];
        for (int i = 0; i < add; i++) {
            added[i] = ++maxId;
            touched.put(maxId, stamp());
            live++;
        }
        return new Mutation(removed, renamed, added);
    }

    private int[] pickLive(int count) {
        var chosen = new TreeSet<Integer>();
        while (chosen.size() < count) {
            int id = 1 + picks.nextInt(maxId);
            if (!deleted.get(id)) {
                chosen.add(id);
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Now, strictly after every earlier stamp, to the millisecond. */
    private Instant stamp() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        lastStamp = now.isAfter(lastStamp) ? now : lastStamp.plusMillis(1);
        return lastStamp;
    }
}
