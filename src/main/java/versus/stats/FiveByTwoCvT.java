package versus.stats;

/**
 * The 5x2cv paired t-test (Dietterich 1998, "Approximate statistical tests for comparing
 * supervised classification learning algorithms", Neural Computation 10(7):1895-1923). Five
 * replications i of 2-fold cross-validation give differences p_i^(1), p_i^(2) (fold 1 and 2);
 * with pbar_i = (p_i^(1) + p_i^(2))/2 and s_i^2 = (p_i^(1) - pbar_i)^2 + (p_i^(2) - pbar_i)^2,
 *
 * <pre>  t = p_1^(1) / sqrt((1/5) sum_i s_i^2),   df = 5.</pre>
 *
 * The numerator is the single first difference, as Dietterich defines it, so the sign of t (which
 * model the test favours) comes from p_1^(1), not from the mean. With zero variance t takes the
 * limits 0 or +-infinity, as in {@link CorrectedResampledT}.
 *
 * @param statistic      t
 * @param pValue         two-sided p from Student's t with 5 degrees of freedom
 * @param meanDifference mean of the ten differences (reported; the test uses p_1^(1))
 */
public record FiveByTwoCvT(double statistic, double pValue, double meanDifference) implements PairedTest {
    public static final int REPLICATIONS = 5;

    /**
     * @param advantage 5 x 2: row i = replication i, column j = fold j, each the advantage of A over
     *                  B (with {@code KFold(2, 5, ...)} split {@code 2i + j}); not modified
     */
    public static FiveByTwoCvT test(double[][] advantage) {
        if (advantage.length != REPLICATIONS) {
            throw new IllegalArgumentException("5x2cv needs 5 replications, got " + advantage.length);
        }
        double sumVariances = 0;
        double sum = 0;
        for (double[] rep : advantage) {
            Samples.requireFinite("5x2cv replication", rep, 2);
            if (rep.length != 2) {
                throw new IllegalArgumentException("5x2cv needs 2 folds per replication, got " + rep.length);
            }
            double mean = (rep[0] + rep[1]) / 2;
            sumVariances += (rep[0] - mean) * (rep[0] - mean) + (rep[1] - mean) * (rep[1] - mean);
            sum += rep[0] + rep[1];
        }
        double t = CorrectedResampledT.tRatio(advantage[0][0], Math.sqrt(sumVariances / REPLICATIONS));
        return new FiveByTwoCvT(t, Tails.studentTwoSided(t, REPLICATIONS), sum / (2 * REPLICATIONS));
    }

    public double df() { return REPLICATIONS; }

    @Override
    public String testName() { return "5x2cv paired t-test"; }

    /** The mean advantage of A over B over all ten folds. */
    @Override
    public double effect() { return meanDifference; }

    /** The side t falls on, which a rejection refers to (it can differ from the sign of the mean). */
    @Override
    public int direction() { return (int) Math.signum(statistic); }
}
