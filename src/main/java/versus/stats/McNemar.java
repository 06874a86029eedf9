package versus.stats;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * McNemar's test on one test set (McNemar 1947, Psychometrika 12(2):153-157; recommended for a
 * single holdout by Dietterich 1998, Neural Computation 10(7)). Only the discordant rows count:
 * b rows that A classified correctly and B wrongly, c rows the other way round. Under the null
 * hypothesis (equal error rates) b ~ Binomial(b + c, 1/2).
 *
 * <ul>
 *   <li>{@link Variant#CORRECTED_CHI_SQUARED}: chi^2 = (max(0, |b - c| - 1))^2 / (b + c) against
 *   chi-squared with 1 df (Edwards' continuity correction as in Dietterich; the max keeps b = c at
 *   chi^2 = 0 instead of the 1/(b + c) of the bare formula).</li>
 *   <li>{@link Variant#EXACT_BINOMIAL}: p = min(1, 2 P(X &lt;= min(b, c))), X ~ Binomial(b + c, 1/2);
 *   the statistic reported is min(b, c).</li>
 * </ul>
 * {@link #test(boolean[], boolean[])} uses the exact test below {@value #EXACT_BELOW} discordant
 * rows, where the chi-squared approximation is poor (a common rule of thumb). With b + c = 0 the
 * models never disagree: statistic 0, p = 1.
 *
 * @param variant   which p-value
 * @param b         rows A got right and B wrong
 * @param c         rows B got right and A wrong
 * @param n         rows in the test set
 * @param statistic chi^2 or min(b, c), per the variant
 * @param pValue    two-sided p
 */
public record McNemar(Variant variant, int b, int c, int n, double statistic, double pValue) implements PairedTest {
    /** Below this many discordant rows {@link #test(boolean[], boolean[])} uses the exact test. */
    public static final int EXACT_BELOW = 25;

    /** How the p-value is computed from the discordant counts. */
    public enum Variant {
        CORRECTED_CHI_SQUARED("McNemar's test, continuity-corrected"),
        EXACT_BINOMIAL("exact McNemar test");

        private final String label;

        Variant(String label) { this.label = label; }
    }

    /** The test with the variant chosen by {@value #EXACT_BELOW}. */
    public static McNemar test(boolean[] correctA, boolean[] correctB) {
        int[] bc = discordant(correctA, correctB);
        Variant v = bc[0] + bc[1] < EXACT_BELOW ? Variant.EXACT_BINOMIAL : Variant.CORRECTED_CHI_SQUARED;
        return of(v, bc[0], bc[1], correctA.length);
    }

    /**
     * @param correctA per test row, whether A's prediction was right
     * @param correctB the same rows, for B
     */
    public static McNemar test(boolean[] correctA, boolean[] correctB, Variant variant) {
        int[] bc = discordant(correctA, correctB);
        return of(variant, bc[0], bc[1], correctA.length);
    }

    /** From the discordant counts b, c of a test set of n rows. */
    public static McNemar of(Variant variant, int b, int c, int n) {
        if (b < 0 || c < 0 || b + c > n) {
            throw new IllegalArgumentException("need 0 <= b, c and b + c <= n, got b = " + b + ", c = " + c + ", n = " + n);
        }
        int m = b + c;
        if (m == 0) {
            return new McNemar(variant, b, c, n, 0, 1);
        }
        if (variant == Variant.EXACT_BINOMIAL) {
            int k = Math.min(b, c);
            double p = 2 * new BinomialDistribution(null, m, 0.5).cumulativeProbability(k);
            return new McNemar(variant, b, c, n, k, Math.min(1, p));
        }
        double excess = Math.max(0, Math.abs(b - c) - 1.0);
        double chi2 = excess * excess / m;
        return new McNemar(variant, b, c, n, chi2, Tails.chiSquaredUpper(chi2, 1));
    }

    private static int[] discordant(boolean[] correctA, boolean[] correctB) {
        if (correctA.length != correctB.length) {
            throw new IllegalArgumentException("McNemar: the two models were scored on " + correctA.length + " and "
                    + correctB.length + " rows; they must share one test set");
        }
        if (correctA.length == 0) {
            throw new IllegalArgumentException("McNemar needs at least one test row");
        }
        int b = 0;
        int c = 0;
        for (int i = 0; i < correctA.length; i++) {
            if (correctA[i] && !correctB[i]) {
                b++;
            } else if (!correctA[i] && correctB[i]) {
                c++;
            }
        }
        return new int[] {b, c};
    }

    @Override
    public String testName() { return variant.label; }

    /** Accuracy of A minus accuracy of B on the test set, (b - c) / n. */
    @Override
    public double effect() { return (double) (b - c) / n; }
}
