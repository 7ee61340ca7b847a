package io.assetbridge.halosim.data;

/** Stateless hashing: every generated attribute is {@code hash(seed, attribute salt, record id)}. */
final class Mix {

    private Mix() {}

    /** A well-distributed 64-bit hash of the three inputs (SplitMix64 finaliser, chained). */
    static long hash(long seed, long salt, long id) {
        return splitMix(seed + splitMix(salt * 0x632BE59BD9B4E019L + splitMix(id)));
    }

    static long splitMix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, n). */
    static int below(long hash, int n) {
        return (int) ((hash >>> 1) % n);
    }

    static <T> T pick(long hash, T[] options) {
        return options[below(hash, options.length)];
    }
}
