package versus.linear;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import versus.math.Permutations;
import versus.math.Vectors;

/**
 * Crammer-Singer multiclass linear SVM (Crammer and Singer, JMLR 2, 2001; LIBLINEAR -s 4) by the
 * sequential dual method of Keerthi, Sundararajan, Chang, Hsieh and Lin, "A sequential dual
 * method for large scale multi-class linear SVMs", KDD 2008. The primal, with
 * {@code C = 1/(lambda n)} and x extended by a constant 1 (the bias, penalised),
 *
 * <pre>{@code
 *   min_W  1/2 sum_m ||w_m||^2 + C sum_i max(0, 1 + max_{m != y_i} w_m.x_i - w_{y_i}.x_i)
 * }</pre>
 *
 * is {@code J/lambda}. Its dual over {@code a_i in R^K},
 *
 * <pre>{@code
 *   min_a  f(a) = 1/2 sum_m ||w_m||^2 + sum_i sum_m e_i^m a_i^m,   w_m = sum_i a_i^m x_i,
 *   s.t.   sum_m a_i^m = 0,   a_i^m <= C^m_i   (C^m_i = C if m = y_i, else 0),
 * }</pre>
 *
 * with {@code e_i^m = 1 - [m = y_i]}, is solved one example at a time in a random order per pass:
 * with {@code G_m = w_m.x_i + e_i^m} and {@code A = x_i.x_i}, the K-variable subproblem
 * {@code min 1/2 A ||a_i||^2 + B.a_i}, {@code B_m = G_m - A a_i^m}, under the same constraints has
 * the closed form {@code a_i^m = min(C^m_i, (beta - B_m)/A)}, beta found by one sort
 * (Keerthi et al. 2008, Section 3, as LIBLINEAR's {@code solve_sub_problem}). Example i is
 * optimal when {@code max_m G_m <= min_{m: a_i^m < C^m_i} G_m}; the pass's largest gap
 * {@code max_m G_m - min_{m: a_i^m < C^m_i} G_m} is the stopping measure. No shrinking.
 * The dual objective (maximised form, primal scale) is {@code sum_i a_i^{y_i} - 1/2 ||W||^2}.
 */
public final class CrammerSingerDual {
    /**
     * Stopping tolerance on the largest per-example KKT gap: 1e-7 keeps the relative primal error
     * below 1e-6 on iris and on the 10 classes of digits (1e-6 leaves 7.5e-7 there; see {@code
     * scripts/reference/liblinear_dual.md}).
     */
    public static final double DEFAULT_TOLERANCE = 1e-7;
    /** Outer-pass limit. */
    public static final int DEFAULT_MAX_ITERATIONS = 50_000;

    private CrammerSingerDual() {
    }

    public static LinearSolution solve(LinearProblem p, double lambda, BiasPenalty bias, double tolerance,
            int maxIterations, RandomGenerator rng) {
        Objectives.check(lambda, tolerance, maxIterations);
        Objectives.checkMulticlass("Crammer-Singer", p, bias);
        int n = p.rows();
        int d = p.cols();
        int k = p.numClasses();
        int stride = d + 1;
        double[] x = p.x();
        int[] labels = p.labels();
        double c = 1.0 / (lambda * n);
        double[] qd = p.squaredNorms(1); // + 1: the bias feature
        double[] alpha = new double[n * k];
        double[] wb = new double[k * stride];
        double[] g = new double[k];
        double[] b = new double[k];
        double[] sorted = new double[k];
        double[] fresh = new double[k];
        double[] dScores = new double[k];
        int[] index = Permutations.identity(n);
        Trace trace = new Trace();
        boolean converged = false;
        double violation = Double.POSITIVE_INFINITY;
        int iter = 0;
        while (iter < maxIterations) {
            Permutations.shuffle(index, n, rng);
            double worst = 0;
            for (int s = 0; s < n; s++) {
                int i = index[s];
                int off = i * d;
                int yi = labels[i];
                int ai = i * k;
                double maxG = Double.NEGATIVE_INFINITY;
                double minG = Double.POSITIVE_INFINITY;
                for (int m = 0; m < k; m++) {
                    g[m] = Vectors.dot(wb, m * stride, x, off, d) + wb[m * stride + d] + (m == yi ? 0 : 1);
                    maxG = Math.max(maxG, g[m]);
                    double cap = m == yi ? c : 0;
                    if (alpha[ai + m] < cap) {
                        minG = Math.min(minG, g[m]);
                    }
                }
                double gapI = maxG - minG;
                worst = Math.max(worst, gapI);
                if (gapI <= 1e-12) {
                    continue;
                }
                double a = qd[i];
                for (int m = 0; m < k; m++) {
                    b[m] = g[m] - a * alpha[ai + m];
                }
                subProblem(a, yi, c, b, sorted, fresh, k);
                for (int m = 0; m < k; m++) {
                    double delta = fresh[m] - alpha[ai + m];
                    if (delta != 0) {
                        alpha[ai + m] = fresh[m];
                        Vectors.axpy(delta, x, off, wb, m * stride, d);
                        wb[m * stride + d] += delta;
                    }
                }
            }
            iter++;
            violation = worst;
            trace.add(violation);
            if (trace.primalDue()) {
                trace.primal(Objectives.multiclass(p, wb, lambda, Objectives.CRAMMER_SINGER, g, dScores));
            }
            if (violation <= tolerance) {
                converged = true;
                break;
            }
        }
        double primal = Objectives.multiclass(p, wb, lambda, Objectives.CRAMMER_SINGER, g, dScores);
        double sumOwn = 0;
        for (int i = 0; i < n; i++) {
            sumOwn += alpha[i * k + labels[i]];
        }
        double dual = lambda * (sumOwn - 0.5 * Vectors.dot(wb, 0, wb, 0, wb.length));
        trace.finish(primal);
        return new LinearSolution(wb, converged, iter, violation, tolerance, primal, dual,
                trace.violations(), trace.primals(), trace.primalPasses());
    }

    /**
     * {@code min_a 1/2 A ||a||^2 + B.a} s.t. {@code sum a = 0, a_m <= C [m = y]}: with D = B and
     * {@code D_y += A C}, sorted decreasingly, beta is grown from {@code D_1 - A C} while
     * {@code beta < r D_(r+1)}, divided by the r terms taken, and {@code a_m = min(C_m, (beta - B_m)/A)}
     * (Keerthi et al. 2008, Section 3; Crammer and Singer 2001, Section 6).
     */
    private static void subProblem(double a, int y, double c, double[] b, double[] sorted, double[] out, int k) {
        System.arraycopy(b, 0, sorted, 0, k);
        sorted[y] += a * c;
        Arrays.sort(sorted, 0, k); // increasing: D_(r) is sorted[k - 1 - r]
        double beta = sorted[k - 1] - a * c;
        int r = 1;
        while (r < k && beta < r * sorted[k - 1 - r]) {
            beta += sorted[k - 1 - r];
            r++;
        }
        beta /= r;
        for (int m = 0; m < k; m++) {
            out[m] = Math.min(m == y ? c : 0, (beta - b[m]) / a);
        }
    }
}
