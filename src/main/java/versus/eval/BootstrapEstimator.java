package versus.eval;

import versus.eval.Bootstrap.Estimator;

/**
 * Combines per-resample bootstrap numbers into an estimate, for a loss (lower is better):
 *
 * <pre>
 *   OOB    e_b = oob_b
 *   .632   e_b = 0.368 resub_b + 0.632 oob_b                                       (Efron 1983)
 *   .632+  R_b = (oob_b - resub_b) / (gamma_b - resub_b), set to 0 unless oob_b &gt; resub_b and
 *                gamma_b &gt; resub_b, and clipped to [0, 1]
 *          e_b = .632_b + (min(oob_b, gamma_b) - resub_b) * 0.368 * 0.632 R_b / (1 - 0.368 R_b)
 *   estimate = mean_b e_b
 * </pre>
 *
 * The .632+ line is Efron &amp; Tibshirani (1997, JASA 92:548-560, eqs. 32-33, as implemented in R's
 * ipred::errorest): while oob &lt;= gamma it equals (1 - w) resub + w oob with
 * w = 0.632 / (1 - 0.368 R), rising from the .632 weight when the model does not overfit (R = 0) to
 * the pure out-of-bag value when it overfits completely (R = 1, out-of-bag no better than
 * guessing); when oob &gt; gamma, R is 1 and the out-of-bag excess over gamma is pulled back, to
 * 0.632 oob + 0.368 gamma. gamma is the no-information loss: the loss of the fitted model if
 * inputs and labels were independent; for the error rate it is {@link #noInformationError}.
 *
 * <p>Every number is per resample and the estimate their mean (mlxtend's
 * {@code bootstrap_point632_score} does the same), which also gives the per-resample spread for a
 * report's +- column. Efron &amp; Tibshirani instead average each row's out-of-bag errors first and
 * take resub and gamma from one fit on all the data.
 *
 * <p>A higher-is-better metric m (accuracy, F1, AUC, ...) is handled as the loss 1 - m and converted
 * back: the estimators only compare and take weighted means with weights summing to 1, so any
 * loss c - m gives the same answer and m need not be bounded by 1. Accuracy thus gets exactly
 * 1 - (the error's estimate).
 */
public final class BootstrapEstimator {
    /** Weight of the out-of-bag value in .632: 1 - 1/e rounded, as Efron's name. */
    static final double W_OOB = 0.632;
    static final double W_RESUB = 1 - W_OOB;

    private BootstrapEstimator() {}

    /**
     * The estimate of a loss (lower is better).
     *
     * @param oobError           per resample, the loss on the out-of-bag rows
     * @param resubError         per resample, the loss on the model's own training sample; may be
     *                           null for {@link Estimator#OOB}
     * @param noInformationError per resample, gamma; may be null except for {@link Estimator#POINT_632_PLUS}
     */
    public static double estimate(Estimator e, double[] oobError, double[] resubError, double[] noInformationError) {
        return versus.math.Vectors.mean(perResample(e, oobError, resubError, noInformationError));
    }

    /** The per-resample values e_b whose mean is {@link #estimate(Estimator, double[], double[], double[])}. */
    public static double[] perResample(Estimator e, double[] oobError, double[] resubError, double[] noInformationError) {
        int n = oobError.length;
        if (n == 0) {
            throw new IllegalArgumentException("no resamples");
        }
        requireLength("resubstitution", resubError, n, e.needsResubstitution());
        requireLength("no-information", noInformationError, n, e.needsNoInformation());
        double[] out = new double[n];
        for (int b = 0; b < n; b++) {
            out[b] = switch (e) {
                case OOB -> oobError[b];
                case POINT_632 -> point632(oobError[b], resubError[b]);
                case POINT_632_PLUS -> point632Plus(oobError[b], resubError[b], noInformationError[b]);
            };
        }
        return out;
    }

    /** The estimate of any metric, oriented by {@link Metric#higherIsBetter()}; arrays as above, in the metric's units. */
    public static double estimate(Estimator e, Metric metric, double[] oob, double[] resub, double[] noInformation) {
        return versus.math.Vectors.mean(perResample(e, metric, oob, resub, noInformation));
    }

    /** The per-resample values, in the metric's units, whose mean is {@link #estimate(Estimator, Metric, double[], double[], double[])}. */
    public static double[] perResample(Estimator e, Metric metric, double[] oob, double[] resub, double[] noInformation) {
        if (!metric.higherIsBetter()) {
            return perResample(e, oob, resub, noInformation);
        }
        return oneMinus(perResample(e, oneMinus(oob), oneMinus(resub), oneMinus(noInformation)));
    }

    /**
     * The no-information error rate gamma = sum_k p_k (1 - q_k) (Efron &amp; Tibshirani 1997, eq. 27):
     * p_k the share of rows whose true class is k, q_k the share the model predicts as k. It is the
     * error rate over all n^2 pairings of a row's label with another row's prediction. The accuracy's
     * no-information value is 1 - gamma.
     *
     * @param truth     true classes 0..K-1 of the rows the model was applied to
     * @param predicted its predictions for those rows
     */
    public static double noInformationError(int numClasses, int[] truth, int[] predicted) {
        int n = truth.length;
        if (n == 0 || predicted.length != n) {
            throw new IllegalArgumentException("need equally many true and predicted labels, at least 1; got " + n + " and " + predicted.length);
        }
        long[] p = new long[numClasses];
        long[] q = new long[numClasses];
        for (int i = 0; i < n; i++) {
            p[truth[i]]++;
            q[predicted[i]]++;
        }
        double gamma = 0;
        for (int k = 0; k < numClasses; k++) {
            gamma += (double) p[k] / n * (1 - (double) q[k] / n);
        }
        return gamma;
    }

    static double point632(double oob, double resub) {
        return W_RESUB * resub + W_OOB * oob;
    }

    static double point632Plus(double oob, double resub, double gamma) {
        double r = oob > resub && gamma > resub ? Math.min(1, (oob - resub) / (gamma - resub)) : 0;
        return point632(oob, resub) + (Math.min(oob, gamma) - resub) * W_RESUB * W_OOB * r / (1 - W_RESUB * r);
    }

    private static void requireLength(String what, double[] values, int n, boolean needed) {
        if (values == null ? needed : values.length != n) {
            throw new IllegalArgumentException(what + " values: expected " + n + " (one per resample), got "
                    + (values == null ? "none" : values.length));
        }
    }

    private static double[] oneMinus(double[] v) {
        if (v == null) {
            return null;
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = 1 - v[i];
        }
        return out;
    }
}
