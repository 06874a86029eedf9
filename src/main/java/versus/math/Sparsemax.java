package versus.math;

/**
 * Sparsemax (Martins and Astudillo 2016, "From softmax to sparsemax: a sparse model of attention
 * and multi-label classification", ICML): the Euclidean projection of a score vector z onto the
 * probability simplex,
 * <pre>
 *   sparsemax(z) = argmin_{p &gt;= 0, sum p = 1} ||p - z||^2 = max(z - tau(z), 0),
 * </pre>
 * which, unlike softmax, gives exact zeros to low scores. The threshold comes from the sorted
 * scores (their Algorithm 1, O(K log K)): with z_(1) &gt;= ... &gt;= z_(K),
 * {@code k(z) = max{k : 1 + k z_(k) > sum_{j <= k} z_(j)}} and
 * {@code tau(z) = (sum_{j <= k(z)} z_(j) - 1) / k(z)}; the support S(z) is the k(z) largest scores.
 */
public final class Sparsemax {
    private Sparsemax() {
    }

    /**
     * tau(z) of {@code z[0..n-1]}, n &gt;= 1. {@code work[0..n-1]} is overwritten (a sorted copy) and
     * must not be z: callers pass an output array they are about to fill, so nothing is allocated.
     */
    public static double threshold(double[] z, int n, double[] work) {
        System.arraycopy(z, 0, work, 0, n);
        java.util.Arrays.sort(work, 0, n);
        double sum = 0;
        double supportSum = work[n - 1];
        int support = 1;
        for (int k = 1; k <= n; k++) {
            double v = work[n - k]; // z_(k), the k-th largest
            sum += v;
            if (1 + k * v > sum) {
                support = k;
                supportSum = sum;
            } else {
                break; // the condition holds exactly for k <= k(z) (the paper's Proposition 1)
            }
        }
        return (supportSum - 1) / support;
    }

    /** {@code out[0..n-1] = sparsemax(z[0..n-1])}; out must not be z. Returns tau(z). */
    public static double project(double[] z, int n, double[] out) {
        double tau = threshold(z, n, out);
        for (int i = 0; i < n; i++) {
            out[i] = Math.max(z[i] - tau, 0);
        }
        return tau;
    }
}
