package versus.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Friedman test with the Iman-Davenport correction and the Nemenyi post-hoc test, for k models
 * over N data sets (Demsar 2006, "Statistical comparisons of classifiers over multiple data sets",
 * JMLR 7:1-30, Sections 3.2.2 and 3.2.3).
 *
 * <p>On each data set the models are ranked, 1 = best, ties sharing their average rank; R_j is
 * model j's average rank over the data sets. Then
 * <pre>
 *   chi2_F = 12N / (k(k+1)) * (sum_j R_j^2 - k(k+1)^2 / 4)        ~ chi-squared, k - 1 df  (Friedman 1937)
 *   F_F    = (N - 1) chi2_F / (N(k - 1) - chi2_F)                  ~ F(k - 1, (k - 1)(N - 1))  (Iman &amp; Davenport 1980)
 *   CD     = q_alpha sqrt(k(k+1) / (6N))                           (Nemenyi 1963)
 * </pre>
 * {@link #pValue} is the Iman-Davenport p, which Demsar recommends over the conservative chi2_F
 * (no tie correction is applied to either, as in Demsar). Two models differ significantly by
 * Nemenyi when their average ranks differ by at least CD; Demsar runs the post-hoc test only after
 * the omnibus test rejects, and {@link #verdict()} does the same, while {@link #significant()}
 * holds the raw Nemenyi comparison for a critical-difference diagram.
 *
 * <p>q_alpha is the Studentized range statistic (infinite df) divided by sqrt 2, embedded from
 * Demsar's Table 5(a) for alpha 0.05 and 0.10 and k = 2..10 (scipy 1.17
 * {@code studentized_range.ppf(1 - alpha, k, 1e5) / sqrt(2)} agrees to within 0.001).
 *
 * @param models             names, in the column order of the scores
 * @param datasets           N
 * @param averageRanks       R_j per model (1 = best); owned by the record, do not modify
 * @param chiSquare          chi2_F
 * @param chiSquarePValue    its p-value with k - 1 df
 * @param fStatistic         F_F (+infinity when every data set ranks the models identically)
 * @param pValue             the Iman-Davenport p-value
 * @param alpha              level of the Nemenyi critical difference, 0.05 or 0.10
 * @param criticalDifference CD at {@code alpha}
 * @param significant        [i][j]: |R_i - R_j| &gt;= CD; symmetric, false on the diagonal; do not modify
 */
public record FriedmanNemenyi(List<String> models, int datasets, double[] averageRanks, double chiSquare, double chiSquarePValue,
        double fStatistic, double pValue, double alpha, double criticalDifference, boolean[][] significant) {

    /** Most models the embedded Nemenyi table covers. */
    public static final int MAX_MODELS = 10;

    /** Demsar 2006, Table 5(a): q_0.05 and q_0.10 for k = 2..10. */
    private static final double[] Q_05 = {1.960, 2.343, 2.569, 2.728, 2.850, 2.949, 3.031, 3.102, 3.164};
    private static final double[] Q_10 = {1.645, 2.052, 2.291, 2.459, 2.589, 2.693, 2.780, 2.855, 2.920};

    /**
     * @param models    k names, 2 &lt;= k &lt;= {@value #MAX_MODELS}
     * @param scores    N x k metric values, row = data set (N &gt;= 2), column = model; not modified
     * @param direction whether higher scores are better
     * @param alpha     0.05 or 0.10, the level of the Nemenyi critical difference
     */
    public static FriedmanNemenyi test(List<String> models, double[][] scores, Direction direction, double alpha) {
        int k = models.size();
        int n = scores.length;
        if (k < 2 || k > MAX_MODELS) {
            throw new IllegalArgumentException("Friedman-Nemenyi compares 2.." + MAX_MODELS
                    + " models (the Nemenyi table of Demsar 2006 ends at k = 10), got " + k);
        }
        if (n < 2) {
            throw new IllegalArgumentException("Friedman-Nemenyi needs at least 2 data sets, got " + n);
        }
        double q = q(alpha, k);
        double[] rankSum = new double[k];
        double[] loss = new double[k];
        for (int i = 0; i < n; i++) {
            if (scores[i].length != k) {
                throw new IllegalArgumentException("Friedman test: data set " + i + " has " + scores[i].length + " scores for " + k + " models");
            }
            Samples.requireFinite("Friedman test, data set " + i, scores[i], k);
            for (int j = 0; j < k; j++) {
                loss[j] = direction.asLoss(scores[i][j]);
            }
            double[] r = Ranks.average(loss, null);
            for (int j = 0; j < k; j++) {
                rankSum[j] += r[j];
            }
        }
        double[] avg = new double[k];
        double sumSquares = 0;
        for (int j = 0; j < k; j++) {
            avg[j] = rankSum[j] / n;
            sumSquares += avg[j] * avg[j];
        }
        double chi2 = Math.max(0, 12.0 * n / (k * (k + 1.0)) * (sumSquares - k * (k + 1.0) * (k + 1.0) / 4));
        double denominator = n * (k - 1.0) - chi2;
        double f = denominator > 0 ? (n - 1) * chi2 / denominator : Double.POSITIVE_INFINITY;
        double cd = q * Math.sqrt(k * (k + 1.0) / (6.0 * n));
        boolean[][] sig = new boolean[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                sig[i][j] = i != j && Math.abs(avg[i] - avg[j]) >= cd;
            }
        }
        return new FriedmanNemenyi(List.copyOf(models), n, avg, chi2, Tails.chiSquaredUpper(chi2, k - 1), f,
                Tails.fUpper(f, k - 1, (k - 1.0) * (n - 1)), alpha, cd, sig);
    }

    /** q_alpha for k models from the embedded table. */
    static double q(double alpha, int k) {
        if (alpha == 0.05) {
            return Q_05[k - 2];
        }
        if (alpha == 0.10) {
            return Q_10[k - 2];
        }
        throw new IllegalArgumentException("Nemenyi alpha must be 0.05 or 0.10 (Demsar 2006, Table 5), got " + alpha);
    }

    public int numModels() { return models.size(); }

    /** Degrees of freedom of chi2_F: k - 1. */
    public double chiSquareDf() { return numModels() - 1; }

    /** Numerator degrees of freedom of F_F: k - 1. */
    public double fDf1() { return numModels() - 1; }

    /** Denominator degrees of freedom of F_F: (k - 1)(N - 1). */
    public double fDf2() { return (numModels() - 1.0) * (datasets - 1); }

    public boolean significant(int i, int j) { return significant[i][j]; }

    /**
     * One line: without an Iman-Davenport rejection at {@link #alpha}, "no significant difference";
     * with one, the Nemenyi pairs whose average ranks differ by at least CD, better model first.
     */
    public String verdict() {
        String omnibus = "Iman-Davenport " + Samples.p(pValue) + ", Friedman test over " + datasets + " data sets";
        if (!(pValue < alpha)) {
            return "no significant difference among the " + numModels() + " models at alpha = " + Samples.plain(alpha) + " (" + omnibus + ")";
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < numModels(); i++) {
            for (int j = 0; j < numModels(); j++) {
                if (significant[i][j] && averageRanks[i] < averageRanks[j]) {
                    pairs.add(models.get(i) + " better than " + models.get(j));
                }
            }
        }
        String nemenyi = "Nemenyi CD = " + String.format(Locale.ROOT, "%.2f", criticalDifference) + " at alpha = "
                + Samples.plain(alpha);
        return "average ranks differ (" + omnibus + "); " + nemenyi + ": "
                + (pairs.isEmpty() ? "no pair of models differs significantly" : String.join(", ", pairs));
    }
}
