package versus.svm;

import java.util.Arrays;

/**
 * Sequential minimal optimization for the C-SVC dual
 *
 * <pre>{@code
 *   min_a  1/2 a^T Q a - e^T a
 *   s.t.   0 <= a_i <= C,  y^T a = 0,        Q_ij = y_i y_j K(x_i, x_j),  y_i in {-1, +1},
 * }</pre>
 *
 * whose solution gives the decision function f(x) = sum_i a_i y_i K(x_i, x) + b.
 *
 * <p>Each iteration moves one pair (i, j) analytically along y^T a = 0 and clips to the box
 * (Platt, "Fast training of support vector machines using sequential minimal optimization",
 * 1998). The pair is chosen with second-order information (Fan, Chen and Lin, "Working set
 * selection using second order information for training support vector machines", JMLR 6,
 * 2005, WSS 3): i is the maximal violator, i in argmax{-y_t G_t : t in I_up(a)}, and j
 * minimises the decrease bound -(b_ij)^2 / a_ij over the violating t in I_low(a), with
 * a_ij = K_ii + K_jj - 2 K_ij (tau = 1e-12 when not positive) and b_ij = -y_i G_i + y_j G_j,
 * G = Q a - e the gradient. The iteration stops when the maximal violation
 * m(a) - M(a) = max_{I_up} -y G - min_{I_low} -y G falls below eps (LIBSVM's 1e-3).
 * The bias is b = -rho, rho the mean of y_i G_i over the free a_i ({@code 0 < a_i < C}), or the
 * midpoint of the feasible interval when none is free (LIBSVM's {@code calculate_rho}).
 *
 * <p>This is LIBSVM's {@code Solver} without shrinking: every iteration scans all n variables,
 * which costs O(n) beside the two kernel rows and is simple to verify. Kernel rows come from a
 * {@link KernelCache}.
 */
final class Smo {
    /** LIBSVM's default stopping tolerance on the maximal violating pair gap. */
    static final double DEFAULT_EPS = 1e-3;
    private static final double TAU = 1e-12;

    /**
     * A solved (or stopped) dual.
     *
     * @param alpha      a_i for every row of the problem
     * @param bias       b of f(x) = sum_i a_i y_i K(x_i, x) + b
     * @param objective  1/2 a^T Q a - e^T a at {@code alpha}
     * @param iterations pair updates made
     * @param gap        the final maximal violation m(a) - M(a)
     * @param converged  whether {@code gap < eps}; false when the iteration limit stopped it
     */
    record Solution(double[] alpha, double bias, double objective, long iterations, double gap, boolean converged) {
        /** Number of a_i > 0. */
        int numSupportVectors() {
            int m = 0;
            for (double a : alpha) {
                if (a > 0) {
                    m++;
                }
            }
            return m;
        }
    }

    private final KernelCache q;
    private final double[] y;
    private final double c;
    private final double[] diag;
    private final double[] alpha;
    private final double[] grad;
    private final int n;
    // the working set chosen by select()
    private int wi;
    private int wj;
    private double gap;

    private Smo(KernelCache q, double[] y, double c) {
        this.q = q;
        this.y = y;
        this.c = c;
        this.n = y.length;
        this.diag = q.diagonal();
        this.alpha = new double[n];
        this.grad = new double[n];
        Arrays.fill(grad, -1.0); // G = Q 0 - e
    }

    /** LIBSVM's iteration limit: max(10^7, 100 n). */
    static long defaultMaxIterations(int n) {
        return Math.max(10_000_000L, 100L * n);
    }

    /**
     * Solves the dual over the rows of {@code q} with labels {@code y} (+1 or -1, one per row of
     * {@code q}), stopping at a maximal violation below {@code eps} or after
     * {@code maxIterations} pair updates.
     */
    static Solution solve(KernelCache q, double[] y, double c, double eps, long maxIterations) {
        return solve(q, y, c, eps, maxIterations, Long.MAX_VALUE);
    }

    /**
     * {@link #solve(KernelCache, double[], double, double, long)} that also stops once
     * {@code System.nanoTime()} has passed {@code deadline} (a seconds budget); checked after every
     * pair update, whose O(n) scan costs far more than the clock read.
     */
    static Solution solve(KernelCache q, double[] y, double c, double eps, long maxIterations, long deadline) {
        if (y.length != q.size()) {
            throw new IllegalArgumentException("labels length " + y.length + " is not the kernel size " + q.size());
        }
        Smo s = new Smo(q, y, c);
        long iterations = 0;
        boolean converged;
        while (true) {
            converged = !s.select(eps);
            if (converged || iterations >= maxIterations) {
                break;
            }
            s.update();
            iterations++;
            if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline >= 0) {
                converged = !s.select(eps);
                break;
            }
        }
        return new Solution(s.alpha, s.bias(), s.objective(), iterations, s.gap, converged);
    }

    /** WSS 3; returns false when the pair gap is below eps (optimal) or no pair can move. */
    private boolean select(double eps) {
        double gmax = Double.NEGATIVE_INFINITY;
        int i = -1;
        for (int t = 0; t < n; t++) {
            if (y[t] > 0) {
                if (alpha[t] < c && -grad[t] >= gmax) {
                    gmax = -grad[t];
                    i = t;
                }
            } else if (alpha[t] > 0 && grad[t] >= gmax) {
                gmax = grad[t];
                i = t;
            }
        }
        if (i < 0) {
            gap = 0;
            return false;
        }
        double[] ki = q.row(i);
        double kii = diag[i];
        double gmax2 = Double.NEGATIVE_INFINITY;
        double best = Double.POSITIVE_INFINITY;
        int j = -1;
        for (int t = 0; t < n; t++) {
            // b_it = gmax - (-y_t G_t) for t in I_low; a_it is the same for either label
            double gd;
            if (y[t] > 0) {
                if (alpha[t] <= 0) {
                    continue;
                }
                gmax2 = Math.max(gmax2, grad[t]);
                gd = gmax + grad[t];
            } else {
                if (alpha[t] >= c) {
                    continue;
                }
                gmax2 = Math.max(gmax2, -grad[t]);
                gd = gmax - grad[t];
            }
            if (gd > 0) {
                double quad = kii + diag[t] - 2 * ki[t];
                double obj = -(gd * gd) / (quad > 0 ? quad : TAU);
                if (obj <= best) {
                    best = obj;
                    j = t;
                }
            }
        }
        gap = gmax + gmax2;
        if (gap < eps || j < 0) {
            return false;
        }
        wi = i;
        wj = j;
        return true;
    }

    /** Minimises over (a_i, a_j) with the other a fixed, clips to the box, updates G (Platt 1998). */
    private void update() {
        int i = wi;
        int j = wj;
        double[] ki = q.row(i);
        double[] kj = q.row(j); // ki stays valid: the cache keeps the two most recent rows
        double quad = diag[i] + diag[j] - 2 * ki[j];
        if (quad <= 0) {
            quad = TAU;
        }
        double ai = alpha[i];
        double aj = alpha[j];
        if (y[i] != y[j]) {
            // a_i - a_j is conserved
            double delta = (-grad[i] - grad[j]) / quad;
            double diff = ai - aj;
            ai += delta;
            aj += delta;
            if (diff > 0) {
                if (aj < 0) {
                    aj = 0;
                    ai = diff;
                }
                if (ai > c) {
                    ai = c;
                    aj = c - diff;
                }
            } else {
                if (ai < 0) {
                    ai = 0;
                    aj = -diff;
                }
                if (aj > c) {
                    aj = c;
                    ai = c + diff;
                }
            }
        } else {
            // a_i + a_j is conserved
            double delta = (grad[i] - grad[j]) / quad;
            double sum = ai + aj;
            ai -= delta;
            aj += delta;
            if (sum > c) {
                if (ai > c) {
                    ai = c;
                    aj = sum - c;
                }
                if (aj > c) {
                    aj = c;
                    ai = sum - c;
                }
            } else {
                if (aj < 0) {
                    aj = 0;
                    ai = sum;
                }
                if (ai < 0) {
                    ai = 0;
                    aj = sum;
                }
            }
        }
        // G_k += Q_ki da_i + Q_kj da_j = y_k (y_i da_i K_ik + y_j da_j K_jk)
        double si = y[i] * (ai - alpha[i]);
        double sj = y[j] * (aj - alpha[j]);
        alpha[i] = ai;
        alpha[j] = aj;
        for (int k = 0; k < n; k++) {
            grad[k] += y[k] * (si * ki[k] + sj * kj[k]);
        }
    }

    /** b = -rho (LIBSVM's calculate_rho). */
    private double bias() {
        double ub = Double.POSITIVE_INFINITY;
        double lb = Double.NEGATIVE_INFINITY;
        double sumFree = 0;
        int free = 0;
        for (int t = 0; t < n; t++) {
            double yg = y[t] * grad[t];
            if (alpha[t] > 0 && alpha[t] < c) {
                free++;
                sumFree += yg;
            } else if ((alpha[t] >= c) == (y[t] < 0)) {
                ub = Math.min(ub, yg); // a_t at C with y_t = -1, or at 0 with y_t = +1: rho <= y_t G_t
            } else {
                lb = Math.max(lb, yg);
            }
        }
        double rho;
        if (free > 0) {
            rho = sumFree / free;
        } else if (ub < Double.POSITIVE_INFINITY && lb > Double.NEGATIVE_INFINITY) {
            rho = (ub + lb) / 2;
        } else {
            // one class only: any rho on the finite side is optimal; take the bound itself
            rho = ub < Double.POSITIVE_INFINITY ? ub : lb > Double.NEGATIVE_INFINITY ? lb : 0;
        }
        return -rho;
    }

    /** 1/2 a^T Q a - e^T a = 1/2 sum_i a_i (G_i - 1), since G = Q a - e. */
    private double objective() {
        double v = 0;
        for (int t = 0; t < n; t++) {
            v += alpha[t] * (grad[t] - 1);
        }
        return v / 2;
    }
}
