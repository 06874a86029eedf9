package versus.model;

/**
 * A trained model of a real-valued target (regression), as evaluation sees it: one real
 * prediction per row. The counterpart of {@link Classifier} for the regression task; no learner
 * returns one yet. Not thread-safe unless stated.
 */
public interface Regressor {
    /** The prediction for the row {@code x[offset .. offset+d-1]}. */
    double predict(double[] x, int offset);
}
