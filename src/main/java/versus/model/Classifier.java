package versus.model;

/**
 * A trained classifier as evaluation and plots see it: scores for a row, the class they decode
 * to, and class probabilities when the model defines them. Not thread-safe unless stated.
 */
public interface Classifier {
    int numClasses();

    /** Number of scores {@link #scores} writes. */
    int numScores();

    /** Scores of the row {@code x[offset .. offset+d-1]}. */
    void scores(double[] x, int offset, double[] out);

    /** The class the given scores decode to. */
    int decide(double[] scores);

    boolean hasProbabilities();

    /** K class probabilities from the given scores; only when {@link #hasProbabilities()}. */
    void probabilities(double[] scores, double[] out);

    /**
     * Numbers about the trained model itself, measured on its training data (margin width,
     * support vectors, ...); they are written next to the test metrics. Empty by default.
     */
    default java.util.Map<String, Double> diagnostics() {
        return java.util.Map.of();
    }

    /**
     * Numbers about the trained model measured on the test rows {@code x} (row-major, {@code rows}
     * rows of the training data's width) with their class {@code labels}, written next to the test
     * metrics: for example an autoencoder's test reconstruction error. Empty by default.
     */
    default java.util.Map<String, Double> testDiagnostics(double[] x, int[] labels, int rows) {
        return java.util.Map.of();
    }
}
