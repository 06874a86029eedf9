package versus.objective;

import java.util.random.RandomGenerator;
import versus.data.Dataset;
import versus.model.Model;

/**
 * What the trainer minimises, over "units" of the training data: rows for a pointwise
 * objective, sampled pairs of rows for a pairwise (ranking) one. Owns scratch buffers, so one
 * instance per training run.
 */
public interface TrainingObjective {
    Model model();

    Regularizer regularizer();

    /**
     * The units of one epoch over the given training rows. A pointwise objective returns
     * {@code rows} itself (the trainer shuffles it in place); a pairwise one samples fresh pairs.
     */
    int[] epochUnits(Dataset data, int[] rows, RandomGenerator rng);

    /** Overwrites {@code grad} with the gradient of J over {@code units[from..to-1]} and returns J (mean loss + penalty). */
    double valueAndGradient(Dataset data, int[] units, int from, int to, double[] grad);

    /** {mean loss, error rate} over the given rows, without penalty (validation, objective trace); error NaN when undefined. */
    double[] lossAndError(Dataset data, int[] rows);

    /** J over the given rows: mean loss plus penalty. */
    default double value(Dataset data, int[] rows) {
        return lossAndError(data, rows)[0] + regularizer().value(model());
    }
}
