package io.assetbridge.halosim.data;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Lists "generated records matching a filter, corrected by the overlay" without materialising
 * them. The base part is an {@link IdRun} restricted to ids from {@code baseMinId}; every id the
 * overlay touched is taken out of the base part and put back only if its current state matches.
 * Costs O(overlay size · log n) per call plus O(log² n) to find the first row of a page.
 */
final class MergedListing {

    private final IdRun base;
    private final int baseMinId;
    private final int baseBelowMin;
    /** Base members that the overlay changed or deleted: hidden from the base part. */
    private final int[] excluded;
    /** Overlay records whose current state matches the filter. */
    private final int[] added;

    MergedListing(IdRun base, int baseMinId, Overlay<?> overlay, IntPredicate overlayMatches) {
        this.base = base;
        this.baseMinId = Math.max(1, baseMinId);
        this.baseBelowMin = base.countBelow(this.baseMinId);
        // Snapshot first: a concurrent mutation may grow the overlay while this request reads it.
        int[] touched = overlay.ids().stream().mapToInt(Integer::intValue).toArray();
        int[] ex = new int[touched.length];
        int[] ad = new int[touched.length];
        int exCount = 0;
        int adCount = 0;
        for (int id : touched) { // ascending, so both arrays come out sorted
            if (id >= this.baseMinId && base.contains(id)) {
                ex[exCount++] = id;
            }
            if (overlayMatches.test(id)) {
                ad[adCount++] = id;
            }
        }
        this.excluded = Arrays.copyOf(ex, exCount);
        this.added = Arrays.copyOf(ad, adCount);
    }

    int total() {
        return base.size() - baseBelowMin - excluded.length + added.length;
    }

    /**
     * Rows {@code [offset, offset+limit)} of the listing in id order, or counted from the end when
     * {@code descending}.
     */
    Page page(int offset, int limit, boolean descending) {
        int total = total();
        if (descending) {
            int start = total - offset - limit;
            int count = limit;
            if (start < 0) {
                count += start;
                start = 0;
            }
            int[] ids = ascending(start, Math.max(0, count), total);
            reverse(ids);
            return new Page(total, ids);
        }
        return new Page(total, ascending(offset, limit, total));
    }

    private int[] ascending(int offset, int limit, int total) {
        int n = Math.max(0, Math.min(limit, total - offset));
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        int x = idAtPosition(offset);
        int basePos = base.countBelow(Math.max(x, baseMinId));
        int addPos = lowerBound(added, x);
        int baseSize = base.size();
        int filled = 0;
        int nextBase = nextBase(basePos, baseSize);
        while (filled < n) {
            int baseId = nextBase < 0 ? Integer.MAX_VALUE : base.select(nextBase);
            int addId = addPos < added.length ? added[addPos] : Integer.MAX_VALUE;
            if (baseId < addId) {
                out[filled++] = baseId;
                nextBase = nextBase(nextBase + 1, baseSize);
            } else {
                out[filled++] = addId;
                addPos++;
            }
        }
        return out;
    }

    /** The next base position at or after {@code pos} whose id is not excluded, or -1. */
    private int nextBase(int pos, int baseSize) {
        while (pos < baseSize) {
            int id = base.select(pos);
            if (Arrays.binarySearch(excluded, id) < 0) {
                return pos;
            }
            pos++;
        }
        return -1;
    }

    /** The id at a 0-based position of the merged listing, by binary search over ids. */
    private int idAtPosition(int position) {
        long lo = 1;
        long hi = Math.max((long) base.maxId(), added.length == 0 ? 1 : added[added.length - 1]);
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (countBelow(mid + 1) > position) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return (int) lo;
    }

    /** Members of the merged listing with an id below {@code x}. */
    private long countBelow(long x) {
        int bound = (int) Math.min(Integer.MAX_VALUE, x);
        long fromBase = bound <= baseMinId ? 0 : base.countBelow(bound) - baseBelowMin;
        return fromBase - lowerBound(excluded, bound) + lowerBound(added, bound);
    }

    private static int lowerBound(int[] sorted, int x) {
        int i = Arrays.binarySearch(sorted, x);
        return i >= 0 ? i : -i - 1;
    }

    private static void reverse(int[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
