package versus.eval;

/**
 * A mean over rows of a loss of the predicted class probabilities; lower is better.
 *
 * @param name    canonical name
 * @param rowLoss the loss of one row
 */
public record ProbabilityLoss(String name, RowLoss rowLoss) implements Metric {
    /** The loss of row {@code i} of some predictions. */
    @FunctionalInterface
    public interface RowLoss {
        double of(Predictions p, int i);
    }

    /** Probabilities are clipped to [EPS, 1] before the log, as scikit-learn's {@code log_loss}. */
    static final double EPS = 1e-15;

    /**
     * Log-loss (cross-entropy) = (1/n) sum_i -ln p_i(y_i), with p clipped to [1e-15, 1] so a
     * confident mistake costs about 34.5 instead of infinity. Rows are not renormalised.
     */
    public static final ProbabilityLoss LOG_LOSS = new ProbabilityLoss("log-loss",
            (p, i) -> -Math.log(Math.min(1.0, Math.max(EPS, p.probability(i, p.truth()[i])))));

    /**
     * Brier score, multiclass form (Brier 1950) = (1/n) sum_i sum_k (p_ik - 1{y_i = k})^2, in [0, 2].
     * For K = 2 this is twice scikit-learn's binary {@code brier_score_loss} = (1/n) sum (p_i1 - y_i)^2,
     * because both classes' errors are counted.
     */
    public static final ProbabilityLoss BRIER = new ProbabilityLoss("brier", (p, i) -> {
        int k = p.numClasses();
        int y = p.truth()[i];
        double s = 0;
        for (int c = 0; c < k; c++) {
            double d = p.probability(i, c) - (c == y ? 1 : 0);
            s += d * d;
        }
        return s;
    });

    @Override
    public boolean higherIsBetter() { return false; }

    @Override
    public boolean needsProbabilities() { return true; }

    @Override
    public double compute(Predictions p) {
        CurveArea.requireProbabilities(name, p);
        int n = p.size();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += rowLoss.of(p, i);
        }
        return sum / n;
    }
}
