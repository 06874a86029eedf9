package versus.stats;

/**
 * Wilcoxon signed-rank test of two models over N data sets (Wilcoxon 1945; as recommended and
 * described by Demsar 2006, "Statistical comparisons of classifiers over multiple data sets",
 * JMLR 7:1-30, Section 3.1.3). The differences d_i are ranked by |d_i| (ties averaged);
 * R+ sums the ranks where A did better, R- where B did. Zero differences are split evenly between
 * R+ and R-, and when their number is odd one of them is dropped first (Demsar's rule).
 * T = min(R+, R-).
 *
 * <ul>
 *   <li>{@link Method#EXACT} when no |d_i| tie, no zero is kept and n &lt;= {@value #EXACT_MAX}:
 *   p = min(1, 2 P(W &lt;= T)) under the null distribution of W = sum of a random subset of 1..n,
 *   counted by dynamic programming.</li>
 *   <li>{@link Method#NORMAL} otherwise: z = (R+ - n(n+1)/4) / sqrt(n(n+1)(2n+1)/24 - sum(t^3 - t)/48)
 *   with t the sizes of the tie groups (zeros included), no continuity correction: as scipy's
 *   {@code wilcoxon(d, zero_method="zsplit", method="approx")} on the kept differences.</li>
 * </ul>
 *
 * <p>Not commons-math3's {@code WilcoxonSignedRankTest}: it counts zero differences wholly on
 * one side, and its exact p-value enumerates all 2^n sign patterns.
 *
 * @param statistic  T = min(R+, R-)
 * @param pValue     two-sided p
 * @param n          differences used (all, less one zero when the zeros are odd in number)
 * @param rankSumA   R+, ranks of the data sets where A did better (plus half the zero ranks)
 * @param rankSumB   R-
 * @param z          (R+ - n(n+1)/4) / sd, positive when A did better (NaN for the exact method)
 * @param method     how p was computed
 */
public record Wilcoxon(double statistic, double pValue, int n, double rankSumA, double rankSumB, double z, Method method)
        implements PairedTest {
    /** Largest n for the exact null distribution (as scipy's default). */
    public static final int EXACT_MAX = 50;

    /** How the p-value was computed. */
    public enum Method { EXACT, NORMAL }

    /** @param advantage per data set, the advantage of A over B (positive favours A); at least 1 */
    public static Wilcoxon test(double[] advantage) {
        Samples.requireFinite("Wilcoxon signed-rank test", advantage, 1);
        int zeros = 0;
        for (double d : advantage) {
            if (d == 0) {
                zeros++;
            }
        }
        // Demsar: with an odd number of zeros one is ignored, so the others split evenly
        double[] kept = new double[advantage.length - zeros % 2];
        boolean droppedOne = zeros % 2 == 0;
        int m = 0;
        for (double d : advantage) {
            if (d == 0 && !droppedOne) {
                droppedOne = true;
            } else {
                kept[m++] = d;
            }
        }
        int n = kept.length;
        if (n == 0) {
            return new Wilcoxon(0, 1, 0, 0, 0, Double.NaN, Method.NORMAL);
        }
        double[] abs = new double[n];
        for (int i = 0; i < n; i++) {
            abs[i] = Math.abs(kept[i]);
        }
        double[] ties = new double[1];
        double[] rank = Ranks.average(abs, ties);
        double plus = 0;
        double minus = 0;
        for (int i = 0; i < n; i++) {
            if (kept[i] > 0) {
                plus += rank[i];
            } else if (kept[i] < 0) {
                minus += rank[i];
            } else {
                plus += rank[i] / 2;
                minus += rank[i] / 2;
            }
        }
        double t = Math.min(plus, minus);
        if (zeros < 2 && ties[0] == 0 && n <= EXACT_MAX) { // no zero left after dropping, no ties: T is an integer
            return new Wilcoxon(t, Math.min(1, 2 * exactCdf(n, (int) t)), n, plus, minus, Double.NaN, Method.EXACT);
        }
        double variance = n * (n + 1.0) * (2 * n + 1) / 24 - ties[0] / 48;
        double z = variance > 0 ? (plus - n * (n + 1.0) / 4) / Math.sqrt(variance) : 0;
        return new Wilcoxon(t, Tails.normalTwoSided(z), n, plus, minus, z, Method.NORMAL);
    }

    /**
     * P(W &lt;= w) for W the sum of a uniformly random subset of {1..n}: f_k(s) = (f_{k-1}(s) +
     * f_{k-1}(s - k)) / 2, held as probabilities so large n cannot overflow.
     */
    static double exactCdf(int n, int w) {
        int max = n * (n + 1) / 2;
        double[] f = new double[max + 1];
        f[0] = 1;
        int top = 0;
        for (int k = 1; k <= n; k++) {
            top += k;
            for (int s = top; s >= 0; s--) {
                f[s] = (f[s] + (s >= k ? f[s - k] : 0)) / 2;
            }
        }
        double cdf = 0;
        for (int s = 0; s <= Math.min(w, max); s++) {
            cdf += f[s];
        }
        return cdf;
    }

    @Override
    public String testName() {
        return method == Method.EXACT ? "Wilcoxon signed-rank test, exact" : "Wilcoxon signed-rank test, normal approximation";
    }

    /**
     * The matched-pairs rank-biserial correlation (R+ - R-) / (R+ + R-) in [-1, 1] (Kerby 2014),
     * positive when A did better; unitless, since scores of different data sets are not commensurable.
     */
    @Override
    public double effect() {
        double total = rankSumA + rankSumB;
        return total == 0 ? 0 : (rankSumA - rankSumB) / total;
    }
}
