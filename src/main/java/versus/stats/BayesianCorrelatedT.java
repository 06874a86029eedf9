package versus.stats;

/**
 * Bayesian correlated t-test with a region of practical equivalence (Corani &amp; Benavoli 2015,
 * Machine Learning 100:285-304; Benavoli, Corani, Demsar &amp; Zaffalon 2017, "Time for a change: a
 * tutorial for comparing multiple classifiers through Bayesian analysis", JMLR 18(77):1-36). For n
 * paired differences d from resampling, whose splits correlate by rho = n_test / (n_test + n_train)
 * (Nadeau &amp; Bengio's heuristic; 1/k for k-fold), the posterior of the mean difference mu is
 *
 * <pre>  mu ~ Student t(df = n - 1, location = mean(d), scale = sqrt((1/n + rho/(1 - rho)) var(d))),</pre>
 *
 * and with the rope [-r, r] (differences too small to matter, in the metric's units)
 * P(B better) = P(mu &lt; -r), P(rope) = P(-r &lt;= mu &lt;= r), P(A better) = P(mu &gt; r). With zero
 * variance the posterior is a point mass at mean(d) and the probabilities are 0 or 1.
 *
 * <p>Unlike a p-value these are probabilities of the hypotheses themselves, and the rope lets the
 * test conclude equivalence, which a null-hypothesis test never can.
 *
 * @param mean      posterior location, mean(d), positive when A did better
 * @param scale     posterior scale
 * @param df        n - 1
 * @param rope      half-width r of the region of practical equivalence, &gt;= 0
 * @param pABetter  P(mu &gt; r)
 * @param pRope     P(-r &lt;= mu &lt;= r)
 * @param pBBetter  P(mu &lt; -r)
 */
public record BayesianCorrelatedT(double mean, double scale, double df, double rope, double pABetter, double pRope, double pBBetter)
        implements PairedVerdict {

    /**
     * @param advantage per-split advantage of A over B, at least 2
     * @param nTrain    training rows per split (mean when they differ), &gt; 0
     * @param nTest     test rows per split, &gt; 0
     * @param rope      half-width of the rope in the metric's units, e.g. 0.01 for one point of accuracy
     */
    public static BayesianCorrelatedT test(double[] advantage, double nTrain, double nTest, double rope) {
        Samples.requireFinite("Bayesian correlated t-test", advantage, 2);
        CorrectedResampledT.requirePositive("nTrain", nTrain);
        CorrectedResampledT.requirePositive("nTest", nTest);
        if (!(rope >= 0 && Double.isFinite(rope))) {
            throw new IllegalArgumentException("rope must be >= 0, got " + rope);
        }
        int n = advantage.length;
        double mean = Samples.mean(advantage);
        double rhoOverOneMinusRho = nTest / nTrain; // rho/(1-rho) with rho = nTest/(nTest+nTrain)
        double scale = Math.sqrt((1.0 / n + rhoOverOneMinusRho) * Samples.variance(advantage));
        double df = n - 1;
        double below;
        double upToRope;
        if (scale > 0) {
            below = Tails.studentCdf((-rope - mean) / scale, df);
            upToRope = Tails.studentCdf((rope - mean) / scale, df);
        } else {
            below = mean < -rope ? 1 : 0;
            upToRope = mean <= rope ? 1 : 0;
        }
        return new BayesianCorrelatedT(mean, scale, df, rope, 1 - upToRope, upToRope - below, below);
    }

    /**
     * Declares the most probable outcome when its posterior probability is at least
     * {@code 1 - alpha} (0.95 for alpha 0.05, Benavoli et al.'s decision rule); otherwise reports
     * the three probabilities and that the data do not decide.
     */
    @Override
    public String verdict(double alpha, String a, String b) {
        Samples.requireAlpha(alpha);
        double level = 1 - alpha;
        double top = Math.max(pRope, Math.max(pABetter, pBBetter));
        String tail = "Bayesian correlated t-test, rope " + Samples.plain(rope) + ")";
        if (top >= level) {
            if (top == pABetter) {
                return a + " better than " + b + " (P = " + Samples.fixed3(pABetter) + ", " + tail;
            }
            if (top == pBBetter) {
                return b + " better than " + a + " (P = " + Samples.fixed3(pBBetter) + ", " + tail;
            }
            return a + " and " + b + " practically equivalent (P(rope) = " + Samples.fixed3(pRope) + ", " + tail;
        }
        return "no decision at P >= " + Samples.plain(level) + ": P(" + a + " better) = " + Samples.fixed3(pABetter) + ", P(rope) = "
                + Samples.fixed3(pRope) + ", P(" + b + " better) = " + Samples.fixed3(pBBetter) + " (" + tail;
    }
}
