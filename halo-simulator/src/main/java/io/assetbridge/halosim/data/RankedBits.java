package io.assetbridge.halosim.data;

import java.util.function.IntPredicate;

/**
 * An immutable bit vector with rank and select in O(log n): a set bit marks an inactive record.
 * It lets an active-only page start at its k-th active record without walking the ones before it,
 * at a cost of 1.5 bits per record.
 */
final class RankedBits {

    private final int size;
    private final long[] words;
    /** onesBefore[w] = set bits in words[0..w). One extra slot so rank(size) never overflows. */
    private final int[] onesBefore;

    RankedBits(int size, IntPredicate isSet) {
        this.size = size;
        this.words = new long[(size >>> 6) + 1];
        for (int p = 0; p < size; p++) {
            if (isSet.test(p)) {
                words[p >>> 6] |= 1L << (p & 63);
            }
        }
        this.onesBefore = new int[words.length + 1];
        for (int w = 0; w < words.length; w++) {
            onesBefore[w + 1] = onesBefore[w] + Long.bitCount(words[w]);
        }
    }

    int size() {
        return size;
    }

    boolean get(int p) {
        return (words[p >>> 6] & (1L << (p & 63))) != 0;
    }

    /** Set bits in positions [0, p). */
    int ones(int p) {
        int w = p >>> 6;
        return onesBefore[w] + Long.bitCount(words[w] & ((1L << (p & 63)) - 1));
    }

    /** Clear bits in positions [0, p). */
    int zeros(int p) {
        return p - ones(p);
    }

    /** Position of the k-th (0-based) set bit; k must be below the number of set bits. */
    int selectOne(int k) {
        int lo = 0;
        int hi = words.length - 1;
        while (lo < hi) { // last word whose onesBefore <= k
            int mid = (lo + hi + 1) >>> 1;
            if (onesBefore[mid] <= k) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return (lo << 6) + nthSetBit(words[lo], k - onesBefore[lo]);
    }

    /** Position of the k-th (0-based) clear bit below {@link #size()}. */
    int selectZero(int k) {
        int lo = 0;
        int hi = words.length - 1;
        while (lo < hi) { // last word whose zerosBefore <= k
            int mid = (lo + hi + 1) >>> 1;
            if ((mid << 6) - onesBefore[mid] <= k) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return (lo << 6) + nthSetBit(~words[lo], k - ((lo << 6) - onesBefore[lo]));
    }

    private static int nthSetBit(long word, int n) {
        for (int i = 0; i < n; i++) {
            word &= word - 1;
        }
        return Long.numberOfTrailingZeros(word);
    }
}
