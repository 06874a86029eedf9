package versus.data;

/**
 * Z-score standardisation fitted on training data only: {@code (x - mean) / scale} per column,
 * with the population standard deviation as scale. A constant column gets scale 1 (it becomes 0
 * rather than NaN), and a missing value ({@code NaN}) is left out of the fit and standardises to
 * 0, the training mean. Experiments fill missing values with an {@link Imputer} before this (as
 * {@code impute:} says), so only other callers rely on that. Fitting on
 * the training split alone keeps test-set information out of training.
 */
public final class Standardizer {
    private final double[] mean;
    private final double[] scale;

    private Standardizer(double[] mean, double[] scale) {
        this.mean = mean;
        this.scale = scale;
    }

    /** Means and scales of {@code train}'s columns, ignoring NaN. */
    public static Standardizer fit(Dataset train) {
        int cols = train.cols();
        double[] x = train.features();
        double[] mean = new double[cols];
        long[] count = new long[cols];
        for (int base = 0; base < x.length; base += cols) {
            for (int j = 0; j < cols; j++) {
                double v = x[base + j];
                if (v == v) {
                    mean[j] += v;
                    count[j]++;
                }
            }
        }
        for (int j = 0; j < cols; j++) {
            mean[j] = count[j] == 0 ? 0.0 : mean[j] / count[j];
        }
        // Second pass around the mean: no cancellation as in E[x^2] - E[x]^2.
        double[] scale = new double[cols];
        for (int base = 0; base < x.length; base += cols) {
            for (int j = 0; j < cols; j++) {
                double v = x[base + j];
                if (v == v) {
                    double d = v - mean[j];
                    scale[j] += d * d;
                }
            }
        }
        for (int j = 0; j < cols; j++) {
            double sd = count[j] == 0 ? 0.0 : Math.sqrt(scale[j] / count[j]);
            scale[j] = sd > 0 && Double.isFinite(sd) ? sd : 1.0;
        }
        return new Standardizer(mean, scale);
    }

    /** A new data set with standardised features; {@code d} is left as it was. */
    public Dataset apply(Dataset d) {
        int cols = mean.length;
        if (d.cols() != cols) {
            throw new IllegalArgumentException("data set " + d.name() + " has " + d.cols()
                    + " columns, the standardizer was fitted on " + cols);
        }
        double[] x = d.features();
        double[] out = new double[x.length];
        for (int base = 0; base < x.length; base += cols) {
            for (int j = 0; j < cols; j++) {
                double v = x[base + j];
                out[base + j] = v == v ? (v - mean[j]) / scale[j] : 0.0;
            }
        }
        return d.withFeatures(out, d.featureNames());
    }

    /** The training mean of each column (a copy). */
    public double[] means() {
        return mean.clone();
    }

    /** The divisor of each column: its training standard deviation, or 1 when that is 0 (a copy). */
    public double[] scales() {
        return scale.clone();
    }
}
