package versus.stats;

/**
 * Corrected resampled t-test (Nadeau &amp; Bengio 2003, "Inference for the generalization error",
 * Machine Learning 52(3):239-281; recommended by Bouckaert &amp; Frank 2004). For J paired
 * differences d_j from repeated holdout or (repeated) k-fold cross-validation, whose training sets
 * of n_train rows and test sets of n_test rows overlap between splits,
 *
 * <pre>  t = mean(d) / sqrt((1/J + n_test/n_train) * var(d)),   df = J - 1,</pre>
 *
 * with var the unbiased sample variance. The plain paired t-test uses 1/J alone and, because the
 * splits share rows, rejects far too often (Dietterich 1998); the n_test/n_train term inflates the
 * variance for that correlation. When the differences have zero variance, t is 0 (all equal to 0)
 * or +-infinity (all equal, non-zero, p = 0), the limits of the formula.
 *
 * @param statistic      t
 * @param df             J - 1
 * @param pValue         two-sided p from Student's t with df degrees of freedom
 * @param meanDifference mean(d), in the metric's units, positive when A did better
 * @param standardError  the corrected denominator sqrt((1/J + n_test/n_train) var(d))
 * @param n              J, the number of splits
 */
public record CorrectedResampledT(double statistic, double df, double pValue, double meanDifference, double standardError, int n)
        implements PairedTest {

    /**
     * @param advantage per-split advantage of A over B (see {@link Direction#advantage(double[], double[])}), at least 2
     * @param nTrain    training rows per split (the mean when splits differ by a row), &gt; 0
     * @param nTest     test rows per split (likewise), &gt; 0
     */
    public static CorrectedResampledT test(double[] advantage, double nTrain, double nTest) {
        Samples.requireFinite("corrected resampled t-test", advantage, 2);
        requirePositive("nTrain", nTrain);
        requirePositive("nTest", nTest);
        int j = advantage.length;
        double mean = Samples.mean(advantage);
        double se = Math.sqrt((1.0 / j + nTest / nTrain) * Samples.variance(advantage));
        double t = tRatio(mean, se);
        return new CorrectedResampledT(t, j - 1, Tails.studentTwoSided(t, j - 1), mean, se, j);
    }

    /** mean / se, with the zero-variance limits 0 (mean 0) and +-infinity. */
    static double tRatio(double mean, double se) {
        if (se > 0) {
            return mean / se;
        }
        return mean == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, mean);
    }

    static void requirePositive(String name, double v) {
        if (!(v > 0 && Double.isFinite(v))) {
            throw new IllegalArgumentException(name + " must be > 0, got " + v);
        }
    }

    @Override
    public String testName() { return "corrected resampled t-test"; }

    /** The mean advantage of A over B. */
    @Override
    public double effect() { return meanDifference; }
}
