package versus.data;

import java.util.Arrays;

/**
 * Fills missing feature values ({@code NaN}) with a statistic of the training split's column, as
 * scikit-learn's {@code SimpleImputer}: the mean, the median (middle value, mean of the two
 * middle values for an even count) or the most frequent value (the smallest among ties). A column
 * with no present value in the training split is filled with 0. Fitted on the training rows only,
 * then applied to training and test rows alike.
 */
public final class Imputer {
    private final double[] fill;

    private Imputer(double[] fill) {
        this.fill = fill;
    }

    /** Whether {@code d} has any missing value. */
    public static boolean hasMissing(Dataset d) {
        for (double v : d.features()) {
            if (v != v) {
                return true;
            }
        }
        return false;
    }

    /** The fill value of each column of {@code train} under {@code how} (one of the imputing policies). */
    public static Imputer fit(Dataset train, MissingValues how) {
        if (!how.imputes()) {
            throw new IllegalArgumentException("impute: " + how.token() + " fills no value");
        }
        int cols = train.cols();
        int rows = train.rows();
        double[] x = train.features();
        double[] fill = new double[cols];
        double[] column = new double[rows];
        for (int j = 0; j < cols; j++) {
            int n = 0;
            for (int i = 0; i < rows; i++) {
                double v = x[i * cols + j];
                if (v == v) {
                    column[n++] = v;
                }
            }
            fill[j] = n == 0 ? 0.0 : statistic(column, n, how);
        }
        return new Imputer(fill);
    }

    private static double statistic(double[] v, int n, MissingValues how) {
        if (how == MissingValues.MEAN) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += v[i];
            }
            return s / n;
        }
        Arrays.sort(v, 0, n);
        if (how == MissingValues.MEDIAN) {
            return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
        }
        double best = v[0];
        int bestRun = 0;
        for (int i = 0; i < n; ) {
            int k = i;
            while (k < n && v[k] == v[i]) {
                k++;
            }
            if (k - i > bestRun) {
                bestRun = k - i;
                best = v[i];
            }
            i = k;
        }
        return best;
    }

    /** {@code d} with every missing value filled; {@code d} itself when it has none. */
    public Dataset apply(Dataset d) {
        if (d.cols() != fill.length) {
            throw new IllegalArgumentException("data set " + d.name() + " has " + d.cols()
                    + " columns, the imputer was fitted on " + fill.length);
        }
        if (!hasMissing(d)) {
            return d;
        }
        double[] x = d.features().clone();
        int cols = fill.length;
        for (int p = 0; p < x.length; p++) {
            if (x[p] != x[p]) {
                x[p] = fill[p % cols];
            }
        }
        return d.withFeatures(x, d.featureNames());
    }

    /** The fill value of each column (a copy). */
    public double[] fills() {
        return fill.clone();
    }
}
