package versus.linear;

import java.util.random.RandomGenerator;
import versus.math.Permutations;
import versus.math.Vectors;

/**
 * Weston-Watkins multiclass linear SVM (Weston and Watkins, ESANN 1999) by exact dual coordinate
 * ascent. The primal, with {@code C = 1/(lambda n)} and x extended by a constant 1 (the bias,
 * penalised),
 *
 * <pre>{@code
 *   min_W  1/2 sum_m ||w_m||^2 + C sum_i sum_{m != y_i} max(0, 1 + w_m.x_i - w_{y_i}.x_i)
 * }</pre>
 *
 * is {@code J/lambda}. One multiplier {@code a_im in [0, C]} per constraint (m != y_i) gives,
 * from the stationarity of the Lagrangian, {@code w_m = sum_{i: y_i = m} A_i x_i - sum_{i: y_i != m} a_im x_i}
 * with {@code A_i = sum_{m != y_i} a_im}, and the dual
 *
 * <pre>{@code
 *   max_a  sum_{i, m != y_i} a_im - 1/2 sum_m ||w_m||^2,   0 <= a_im <= C   (box only),
 * }</pre>
 *
 * A step on a_im moves w_{y_i} by +x_i and w_m by -x_i per unit, so the dual's partial
 * derivative (minimised form) is {@code g = s_{y_i} - s_m - 1} with {@code s = W x_i}, its
 * curvature {@code 2 x_i.x_i}, and the exact coordinate minimiser is
 * {@code a_im <- min(max(a_im - g / (2 x_i.x_i), 0), C)} (Hsieh et al., ICML 2008, applied to
 * this box-constrained dual). Each pass visits the examples in a random order and, per example,
 * its K - 1 coordinates in turn: the scores are computed once and updated in O(1) per step
 * ({@code s_{y_i} += delta x_i.x_i, s_m -= delta x_i.x_i}), and W once per example. Stops when the
 * pass's projected-gradient spread {@code max PG - min PG} is at most the tolerance.
 */
public final class WestonWatkinsDual {
    /**
     * Stopping tolerance on the projected-gradient spread: 1e-7 keeps the relative primal error
     * below 1e-6 on iris and on the 10 classes of digits (1e-6 leaves 7.5e-7 there; see {@code
     * scripts/reference/liblinear_dual.md}).
     */
    public static final double DEFAULT_TOLERANCE = 1e-7;
    /** Outer-pass limit. */
    public static final int DEFAULT_MAX_ITERATIONS = 50_000;

    private WestonWatkinsDual() {
    }

    public static LinearSolution solve(LinearProblem p, double lambda, BiasPenalty bias, double tolerance,
            int maxIterations, RandomGenerator rng) {
        Objectives.check(lambda, tolerance, maxIterations);
        Objectives.checkMulticlass("Weston-Watkins", p, bias);
        int n = p.rows();
        int d = p.cols();
        int k = p.numClasses();
        int stride = d + 1;
        double[] x = p.x();
        int[] labels = p.labels();
        double c = 1.0 / (lambda * n);
        double[] qd = p.squaredNorms(1); // + 1: the bias feature
        double[] alpha = new double[n * k]; // alpha[i k + y_i] stays 0
        double[] wb = new double[k * stride];
        double[] s = new double[k];
        double[] change = new double[k];
        double[] dScores = new double[k];
        int[] index = Permutations.identity(n);
        Trace trace = new Trace();
        boolean converged = false;
        double violation = Double.POSITIVE_INFINITY;
        int iter = 0;
        while (iter < maxIterations) {
            Permutations.shuffle(index, n, rng);
            double pgMax = Double.NEGATIVE_INFINITY;
            double pgMin = Double.POSITIVE_INFINITY;
            for (int t = 0; t < n; t++) {
                int i = index[t];
                int off = i * d;
                int yi = labels[i];
                int ai = i * k;
                double q = qd[i];
                for (int m = 0; m < k; m++) {
                    s[m] = Vectors.dot(wb, m * stride, x, off, d) + wb[m * stride + d];
                    change[m] = 0;
                }
                boolean moved = false;
                for (int m = 0; m < k; m++) {
                    if (m == yi) {
                        continue;
                    }
                    double a = alpha[ai + m];
                    double g = s[yi] - s[m] - 1;
                    double pg = a == 0 ? Math.min(g, 0) : a == c ? Math.max(g, 0) : g;
                    pgMax = Math.max(pgMax, pg);
                    pgMin = Math.min(pgMin, pg);
                    if (Math.abs(pg) > 1e-12) {
                        double next = Math.min(Math.max(a - g / (2 * q), 0), c);
                        double delta = next - a;
                        alpha[ai + m] = next;
                        s[yi] += delta * q;
                        s[m] -= delta * q;
                        change[yi] += delta;
                        change[m] -= delta;
                        moved = true;
                    }
                }
                if (moved) {
                    for (int m = 0; m < k; m++) {
                        if (change[m] != 0) {
                            Vectors.axpy(change[m], x, off, wb, m * stride, d);
                            wb[m * stride + d] += change[m];
                        }
                    }
                }
            }
            iter++;
            violation = pgMax - pgMin;
            trace.add(violation);
            if (trace.primalDue()) {
                trace.primal(Objectives.multiclass(p, wb, lambda, Objectives.WESTON_WATKINS, s, dScores));
            }
            if (violation <= tolerance) {
                converged = true;
                break;
            }
        }
        double primal = Objectives.multiclass(p, wb, lambda, Objectives.WESTON_WATKINS, s, dScores);
        double sum = 0;
        for (double a : alpha) {
            sum += a;
        }
        double dual = lambda * (sum - 0.5 * Vectors.dot(wb, 0, wb, 0, wb.length));
        trace.finish(primal);
        return new LinearSolution(wb, converged, iter, violation, tolerance, primal, dual,
                trace.violations(), trace.primals(), trace.primalPasses());
    }
}
