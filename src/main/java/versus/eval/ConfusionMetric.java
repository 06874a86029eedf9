package versus.eval;

import java.util.function.ToDoubleFunction;

/**
 * A metric that is a function of the confusion matrix only (labels, no probabilities).
 *
 * @param name           canonical name
 * @param higherIsBetter direction
 * @param formula        the value of a confusion matrix
 */
public record ConfusionMetric(String name, boolean higherIsBetter, ToDoubleFunction<ConfusionMatrix> formula) implements Metric {
    /** (TP + TN) / n in the binary case; trace / n in general. */
    public static final ConfusionMetric ACCURACY = new ConfusionMetric("accuracy", true, ConfusionMatrix::accuracy);
    /** 1 - accuracy, the misclassification rate. */
    public static final ConfusionMetric ERROR = new ConfusionMetric("error", false, c -> 1 - c.accuracy());
    /** Mean per-class recall over the classes present in the truth; see {@link ConfusionMatrix#balancedAccuracy()}. */
    public static final ConfusionMetric BALANCED_ACCURACY = new ConfusionMetric("balanced-accuracy", true, ConfusionMatrix::balancedAccuracy);

    @Override
    public double compute(Predictions p) {
        return formula.applyAsDouble(ConfusionMatrix.of(p));
    }
}
