package versus.math;

import java.util.random.RandomGenerator;

/** Index permutations: the identity, and a uniform random shuffle of a prefix. */
public final class Permutations {
    private Permutations() {
    }

    /** {@code 0, 1, ..., n - 1}. */
    public static int[] identity(int n) {
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        return index;
    }

    /**
     * Fisher-Yates shuffle of {@code a[0..size)} in place (Knuth, TAOCP vol. 2, Algorithm 3.4.2P),
     * from the last position down; the rest of {@code a} is left as it is (the active set of a
     * solver that shrinks).
     */
    public static void shuffle(int[] a, int size, RandomGenerator rng) {
        for (int i = size - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
