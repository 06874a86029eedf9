package versus.baseline;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import versus.math.Vectors;
import versus.model.Classifier;

/**
 * A trained Smile classifier seen as a Versus {@link Classifier}. Two shapes:
 * <ul>
 * <li>{@link #margin}: one score f(x), decided as f(x) >= 0 ? 1 : 0 (Versus's convention; Smile's
 * {@code SVM.predict} says f(x) > 0, which differs only on the boundary itself).
 * <li>{@link #soft}: K scores, Smile's {@code predict(x, posteriori)} output placed at the class
 * each entry belongs to (Smile numbers only the classes present in its training data, Versus
 * all K; absent classes score 0), decided by the largest (the lowest class on ties).
 * </ul>
 * Each row is copied into a scratch buffer because Smile takes exactly one row per array. Not
 * thread-safe.
 */
final class SmileModel implements Classifier {
    /** Writes the scores of one row (an array of exactly the model's width). */
    @FunctionalInterface
    interface RowScorer {
        void score(double[] row, double[] out);
    }

    private final int numClasses;
    private final int numScores;
    private final boolean probabilities;
    private final RowScorer scorer;
    private final double[] row;

    private SmileModel(int numClasses, int numScores, boolean probabilities, int cols, RowScorer scorer) {
        this.numClasses = numClasses;
        this.numScores = numScores;
        this.probabilities = probabilities;
        this.scorer = scorer;
        this.row = new double[cols];
    }

    /** A binary classifier with one real-valued decision function. */
    static SmileModel margin(ToDoubleFunction<double[]> f, int cols) {
        return new SmileModel(2, 1, false, cols, (x, out) -> out[0] = f.applyAsDouble(x));
    }

    /**
     * A classifier whose {@code predict(x, posteriori)} fills one number per class it was trained
     * on; these become the scores, and the probabilities too when {@code probabilities}.
     */
    static SmileModel soft(smile.classification.Classifier<double[]> c, int numClasses, boolean probabilities, int cols) {
        int[] labels = c.classes();
        double[] posteriori = new double[labels.length];
        return new SmileModel(numClasses, numClasses, probabilities, cols, (x, out) -> {
            c.predict(x, posteriori);
            Arrays.fill(out, 0, numClasses, 0.0);
            for (int i = 0; i < labels.length; i++) {
                out[labels[i]] = posteriori[i];
            }
        });
    }

    @Override
    public int numClasses() {
        return numClasses;
    }

    @Override
    public int numScores() {
        return numScores;
    }

    @Override
    public void scores(double[] x, int offset, double[] out) {
        System.arraycopy(x, offset, row, 0, row.length);
        scorer.score(row, out);
    }

    @Override
    public int decide(double[] scores) {
        return numScores == 1 ? (scores[0] >= 0 ? 1 : 0) : Vectors.argmax(scores, numClasses);
    }

    @Override
    public boolean hasProbabilities() {
        return probabilities;
    }

    @Override
    public void probabilities(double[] scores, double[] out) {
        if (!probabilities) {
            throw new UnsupportedOperationException("this Smile model has no class probabilities");
        }
        System.arraycopy(scores, 0, out, 0, numClasses);
    }
}
