package versus.eval;

/**
 * What a classifier said about the rows of a test set, everything a {@link Metric} needs.
 *
 * @param numClasses    K
 * @param truth         true labels {@code 0..K-1}
 * @param predicted     predicted labels
 * @param probabilities row-major n x K class probabilities, or {@code null} when the model has none
 *                      (for example a hinge-loss SVM)
 */
public record Predictions(int numClasses, int[] truth, int[] predicted, double[] probabilities) {
    public Predictions {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException("truth and predicted differ in length");
        }
        if (probabilities != null && probabilities.length != truth.length * numClasses) {
            throw new IllegalArgumentException("probabilities must be n x K");
        }
    }

    public int size() { return truth.length; }

    public boolean hasProbabilities() { return probabilities != null; }

    /** Probability of class {@code k} for row {@code i}. */
    public double probability(int i, int k) { return probabilities[i * numClasses + k]; }
}
