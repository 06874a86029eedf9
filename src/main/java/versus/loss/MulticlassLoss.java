package versus.loss;

import versus.math.Vectors;

/**
 * A loss of a score vector and a class label {@code 0..K-1}; the output coding of a model.
 * It says how many scores a model must produce for K classes, how scores decode into a class,
 * and, when it is a proper scoring rule, the class probabilities it implies.
 */
public interface MulticlassLoss {
    /** Canonical name as accepted in YAML. */
    String name();

    /** Number of scores a model must output for {@code numClasses} classes. */
    int numOutputs(int numClasses);

    /** Checks that this loss can train on {@code numClasses} classes; the message says what is allowed. */
    default void checkClasses(int numClasses) {
        if (numClasses < 2) {
            throw new IllegalArgumentException(name() + " needs at least 2 classes, the data have " + numClasses);
        }
    }

    /**
     * Returns the loss and overwrites {@code dScores[0..numOutputs-1]} with d loss / d score.
     * Never modifies {@code scores}.
     */
    double valueAndGradient(double[] scores, int label, double[] dScores);

    /** The predicted class for these scores (argmax unless the coding says otherwise). */
    default int decide(double[] scores, int numClasses) {
        return Vectors.argmax(scores, numClasses);
    }

    default boolean hasProbabilities() { return false; }

    /** Writes K class probabilities into {@code out}; only when {@link #hasProbabilities()}. */
    default void probabilities(double[] scores, int numClasses, double[] out) {
        throw new UnsupportedOperationException(name() + " does not define probabilities");
    }
}
