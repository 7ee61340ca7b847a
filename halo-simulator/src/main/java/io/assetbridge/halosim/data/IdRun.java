package io.assetbridge.halosim.data;

import java.util.Arrays;

/**
 * An ascending run of base record ids seen through an {@link Activity} filter, answering size,
 * k-th id and "how many below id" from an index instead of a scan. The ids are either a slice of a
 * posting array or, for whole tables, the identity range {@code firstId, firstId+1, ...}.
 */
final class IdRun {

    static final IdRun EMPTY = new IdRun(null, 1, 0, 0, null, Activity.BOTH);

    private final int[] ids;
    private final int firstId;
    private final int from;
    private final int to;
    /** Indexed by position; a set bit marks an inactive record. Null: nothing is inactive. */
    private final RankedBits inactive;

    private final Activity activity;

    private IdRun(int[] ids, int firstId, int from, int to, RankedBits inactive, Activity activity) {
        this.ids = ids;
        this.firstId = firstId;
        this.from = from;
        this.to = to;
        this.inactive = inactive;
        this.activity = activity;
    }

    /** Ids {@code firstId .. firstId+count-1}; bit p of {@code inactive} belongs to id firstId+p. */
    static IdRun identity(int firstId, int count, RankedBits inactive) {
        return new IdRun(null, firstId, 0, count, inactive, Activity.BOTH);
    }

    /** The ascending ids {@code ids[from..to)}; bit p of {@code inactive} belongs to ids[p]. */
    static IdRun slice(int[] ids, int from, int to, RankedBits inactive) {
        return new IdRun(ids, 0, from, to, inactive, Activity.BOTH);
    }

    IdRun with(Activity newActivity) {
        return new IdRun(ids, firstId, from, to, inactive, newActivity);
    }

    int size() {
        return switch (activity) {
            case BOTH -> to - from;
            case ACTIVE -> zerosIn(from, to);
            case INACTIVE -> (to - from) - zerosIn(from, to);
            case NONE -> 0;
        };
    }

    /** The k-th (0-based) id of the run. */
    int select(int k) {
        int p = switch (activity) {
            case BOTH -> from + k;
            case ACTIVE -> inactive == null ? from + k : inactive.selectZero(inactive.zeros(from) + k);
            case INACTIVE -> inactive.selectOne(inactive.ones(from) + k);
            case NONE -> throw new IndexOutOfBoundsException(k);
        };
        return idAt(p);
    }

    /** How many ids of the run are below {@code id}. */
    int countBelow(int id) {
        int p = lowerBound(id);
        return switch (activity) {
            case BOTH -> p - from;
            case ACTIVE -> zerosIn(from, p);
            case INACTIVE -> (p - from) - zerosIn(from, p);
            case NONE -> 0;
        };
    }

    boolean contains(int id) {
        int p = lowerBound(id);
        if (p >= to || idAt(p) != id) {
            return false;
        }
        boolean isInactive = inactive != null && inactive.get(p);
        return activity.admits(isInactive);
    }

    /** The largest id the run can hold (regardless of activity), or 0 if empty. */
    int maxId() {
        return to > from ? idAt(to - 1) : 0;
    }

    private int idAt(int p) {
        return ids == null ? firstId + (p - from) : ids[p];
    }

    private int lowerBound(int id) {
        if (ids == null) {
            long p = (long) id - firstId + from;
            return (int) Math.max(from, Math.min(to, p));
        }
        int i = Arrays.binarySearch(ids, from, to, id);
        return i >= 0 ? i : -i - 1;
    }

    private int zerosIn(int a, int b) {
        return inactive == null ? b - a : inactive.zeros(b) - inactive.zeros(a);
    }
}
