package versus.experiment;

import java.nio.charset.StandardCharsets;

/**
 * Derives independent seeds from the experiment seed and names (dataset, split, model), so a
 * task's random stream depends only on what it is, never on thread scheduling or on which other
 * models are in the file. FNV-1a over the UTF-8 parts, finished with the SplitMix64 mixer.
 */
public final class Seeds {
    private Seeds() {
    }

    public static long derive(long seed, Object... parts) {
        long h = 0xcbf29ce484222325L ^ mix(seed);
        for (Object part : parts) {
            for (byte b : String.valueOf(part).getBytes(StandardCharsets.UTF_8)) {
                h ^= b & 0xff;
                h *= 0x100000001b3L;
            }
            h ^= 0x1f; // separator, so ("ab","c") and ("a","bc") differ
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64 finaliser (Steele, Lea and Flood 2014). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
