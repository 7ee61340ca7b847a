package io.assetbridge.cwsim.data;

/** Deterministic pseudo-random numbers from (seed, id, salt): the same row every time, no storage. */
final class Mix {

    private Mix() {}

    /** A well-mixed non-negative long (SplitMix64 finaliser). */
    static long of(long seed, long id, long salt) {
        long z = seed * 0x9E3779B97F4A7C15L + id * 0xBF58476D1CE4E5B9L + salt * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }

    static int below(long seed, long id, long salt, int bound) {
        return (int) (of(seed, id, salt) % bound);
    }
}
