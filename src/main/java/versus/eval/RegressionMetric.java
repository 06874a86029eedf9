package versus.eval;

import java.util.List;
import java.util.Optional;

/**
 * The metrics of a real-valued target, with the definitions of scikit-learn's
 * {@code sklearn.metrics} (regression metrics, user guide section 3.3.4). With truth y_i,
 * prediction p_i, residual r_i = y_i - p_i, mean truth ybar and n rows:
 * <ul>
 *   <li>{@code rmse} = sqrt((1/n) sum_i r_i^2), lower is better;</li>
 *   <li>{@code mae} = (1/n) sum_i |r_i|, lower is better;</li>
 *   <li>{@code r2} = 1 - sum_i r_i^2 / sum_i (y_i - ybar)^2, the coefficient of determination;</li>
 *   <li>{@code explained-variance} = 1 - Var(r) / Var(y) with population variances, which,
 *   unlike R^2, does not count a constant offset of the predictions.</li>
 * </ul>
 * For a constant truth (zero variance) R^2 and explained variance are 1 when the predictions are
 * perfect and 0 otherwise, as scikit-learn's {@code force_finite=True} has it.
 *
 * @param quantity which of the four
 */
public record RegressionMetric(Quantity quantity) {
    /** The four regression metrics. */
    public enum Quantity {
        RMSE("rmse", false), MAE("mae", false), R2("r2", true), EXPLAINED_VARIANCE("explained-variance", true);

        private final String token;
        private final boolean higherIsBetter;

        Quantity(String token, boolean higherIsBetter) {
            this.token = token;
            this.higherIsBetter = higherIsBetter;
        }
    }

    public static final RegressionMetric RMSE = new RegressionMetric(Quantity.RMSE);
    public static final RegressionMetric MAE = new RegressionMetric(Quantity.MAE);
    public static final RegressionMetric R2 = new RegressionMetric(Quantity.R2);
    public static final RegressionMetric EXPLAINED_VARIANCE = new RegressionMetric(Quantity.EXPLAINED_VARIANCE);

    /** All four, in documentation order. */
    public static final List<RegressionMetric> ALL = List.of(RMSE, MAE, R2, EXPLAINED_VARIANCE);

    /** Canonical name as a results file writes it. */
    public String name() { return quantity.token; }

    public boolean higherIsBetter() { return quantity.higherIsBetter; }

    /** The metric of a canonical name, or empty. */
    public static Optional<RegressionMetric> byName(String name) {
        for (RegressionMetric m : ALL) {
            if (m.name().equals(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    public double compute(RealPredictions p) {
        double[] y = p.truth();
        double[] f = p.predicted();
        int n = y.length;
        double meanY = 0;
        double meanR = 0;
        for (int i = 0; i < n; i++) {
            meanY += y[i];
            meanR += y[i] - f[i];
        }
        meanY /= n;
        meanR /= n;
        double sse = 0;
        double sae = 0;
        double sst = 0;
        double ssr = 0; // sum of squared deviations of the residuals from their mean
        for (int i = 0; i < n; i++) {
            double r = y[i] - f[i];
            sse += r * r;
            sae += Math.abs(r);
            sst += (y[i] - meanY) * (y[i] - meanY);
            ssr += (r - meanR) * (r - meanR);
        }
        return switch (quantity) {
            case RMSE -> Math.sqrt(sse / n);
            case MAE -> sae / n;
            case R2 -> fractionExplained(sse, sst);
            case EXPLAINED_VARIANCE -> fractionExplained(ssr, sst);
        };
    }

    /** 1 - unexplained / total; for a constant truth 1 when nothing is unexplained, else 0. */
    private static double fractionExplained(double unexplained, double total) {
        if (total == 0) {
            return unexplained == 0 ? 1 : 0;
        }
        return 1 - unexplained / total;
    }
}
