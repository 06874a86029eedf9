package versus.eval;

/**
 * What a {@link versus.model.Regressor} said about the rows of a test set: the true and the
 * predicted real value of each row, everything a {@link RegressionMetric} needs.
 *
 * @param truth     true values, one per row
 * @param predicted predicted values, one per row
 */
public record RealPredictions(double[] truth, double[] predicted) {
    public RealPredictions {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException("truth has " + truth.length + " rows and predicted " + predicted.length);
        }
        if (truth.length == 0) {
            throw new IllegalArgumentException("regression predictions need at least one row");
        }
    }

    public int size() { return truth.length; }
}
