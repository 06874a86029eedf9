package versus.linear;

import java.util.random.RandomGenerator;
import versus.loss.MarginLoss;
import versus.math.Permutations;
import versus.math.Vectors;

/**
 * Binary L2-regularised linear SVM by its dual, for the hinge (L1-loss SVM, LIBLINEAR -s 3)
 * and the squared hinge {@code max(0, 1 - y s)^2} (L2-loss SVM, LIBLINEAR -s 1). With
 * {@code C = 1/(lambda n)} the primal {@code 1/2 ||w||^2 + C sum_i loss_i} is {@code J/lambda};
 * its dual is
 *
 * <pre>{@code
 *   min_a  f(a) = 1/2 a^T Qbar a - e^T a,   0 <= a_i <= U,   Qbar_ij = y_i y_j x_i.x_j + D_ii [i = j],
 * }</pre>
 *
 * with {@code U = C, D_ii = 0} for the hinge and {@code U = inf, D_ii = 1/(2C)} for the squared
 * hinge, and {@code w = sum_i a_i y_i x_i}.
 *
 * <p>{@link BiasPenalty#PENALIZED}: x gains a constant feature 1 whose weight is b, and the box
 * is the only constraint. Dual coordinate descent (Hsieh, Chang, Lin, Keerthi and Sundararajan,
 * "A dual coordinate descent method for large-scale linear SVM", ICML 2008, Algorithm 1 with the
 * shrinking of Section 3.2): each pass visits the active a_i in a random order and minimises f
 * exactly in a_i, {@code a_i <- min(max(a_i - G_i / Qbar_ii, 0), U)}, with
 * {@code G_i = y_i w.x_i - 1 + D_ii a_i} read off the explicit w, which is then updated by
 * {@code (a_i^new - a_i) y_i x_i}. A bound a_i whose gradient points outside the box by more than
 * the previous pass's extreme projected gradient is shrunk away; the pass stops when
 * {@code max PG - min PG <= tolerance} on the active set, and then again on all rows before
 * convergence is declared (LIBLINEAR's {@code solve_l2r_l1l2_svc}).
 *
 * <p>{@link BiasPenalty#UNPENALIZED}: the dual gains {@code sum_i y_i a_i = 0}, so one
 * coordinate cannot move alone; {@link LinearSmo} moves pairs instead.
 *
 * <p>Labels: rows with {@code positiveClass} are y = +1, the others -1. The result has one row
 * {@code (w_1..w_d, b)}. When the pass limit stops a pass that ran on a shrunk set, the reported
 * violation is that set's.
 */
public final class DualCoordinateDescent {
    /**
     * Stopping tolerance on the projected-gradient spread (and on the SMO pair gap). LIBLINEAR's
     * default 0.1 leaves relative primal errors near 1e-3; this one keeps them below 1e-6 on
     * heart_scale, breast_cancer and iris (see {@code scripts/reference/liblinear_dual.md}).
     */
    public static final double DEFAULT_TOLERANCE = 1e-6;
    /**
     * Outer-pass limit with a penalised bias (LIBLINEAR stops its dual solvers at 1000 passes).
     * The passes needed have a heavy tail: on the 10 training folds of standardised digits at
     * C = 1, the 100 one-vs-rest hinge problems need a median of about 10,000 passes to 1e-6 and
     * at most 296,000 (fold 1, class 8); with shrinking a late pass touches only the few
     * variables still free, so the worst fit of all ten classes takes 2.6 s.
     */
    public static final int DEFAULT_MAX_ITERATIONS = 1_000_000;
    /**
     * Outer-iteration limit of the free-bias SMO solver, whose iteration is a block of n pair
     * updates over cached Gram rows (at most 13 blocks were needed on the reference problems).
     */
    public static final int DEFAULT_MAX_SMO_BLOCKS = 50_000;

    /** The binary loss of the dual. */
    public enum SvmLoss {
        /** Hinge {@code max(0, 1 - y s)}: box {@code 0 <= a_i <= C}. */
        L1_HINGE,
        /** Squared hinge {@code max(0, 1 - y s)^2}: {@code a_i >= 0}, diagonal {@code 1/(2C)}. */
        L2_SQUARED_HINGE;

        MarginLoss loss() {
            return this == L1_HINGE ? Objectives.HINGE : Objectives.SQUARED_HINGE;
        }

        /** U, the upper bound of a_i. */
        double upper(double c) {
            return this == L1_HINGE ? c : Double.POSITIVE_INFINITY;
        }

        /** D_ii. */
        double diagonal(double c) {
            return this == L1_HINGE ? 0 : 0.5 / c;
        }
    }

    private DualCoordinateDescent() {
    }

    public static LinearSolution solve(LinearProblem p, int positiveClass, double lambda, SvmLoss loss,
            BiasPenalty bias, double tolerance, int maxIterations, RandomGenerator rng) {
        Objectives.check(lambda, tolerance, maxIterations);
        if (positiveClass < 0 || positiveClass >= p.numClasses()) {
            throw new IllegalArgumentException("positiveClass " + positiveClass + " is outside 0.."
                    + (p.numClasses() - 1));
        }
        int n = p.rows();
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = p.labels()[i] == positiveClass ? 1 : -1;
        }
        double c = 1.0 / (lambda * n);
        if (bias == BiasPenalty.UNPENALIZED) {
            return LinearSmo.solve(p, y, lambda, c, loss, tolerance, maxIterations, GramRows.DEFAULT_BUDGET);
        }
        return penalized(p, y, lambda, c, loss, tolerance, maxIterations, rng);
    }

    private static LinearSolution penalized(LinearProblem p, double[] y, double lambda, double c, SvmLoss loss,
            double tolerance, int maxIterations, RandomGenerator rng) {
        int n = p.rows();
        int d = p.cols();
        double[] x = p.x();
        double upper = loss.upper(c);
        double diag = loss.diagonal(c);
        double[] qd = p.squaredNorms(diag + 1); // + 1: the bias feature
        double[] alpha = new double[n];
        double[] w = new double[d + 1]; // (w, b)
        int[] index = Permutations.identity(n);
        int active = n;
        double pgMaxOld = Double.POSITIVE_INFINITY;
        double pgMinOld = Double.NEGATIVE_INFINITY;
        Trace trace = new Trace();
        boolean converged = false;
        double violation = Double.POSITIVE_INFINITY;
        int iter = 0;
        while (iter < maxIterations) {
            double pgMax = Double.NEGATIVE_INFINITY;
            double pgMin = Double.POSITIVE_INFINITY;
            Permutations.shuffle(index, active, rng);
            for (int s = 0; s < active; s++) {
                int i = index[s];
                int off = i * d;
                double g = y[i] * (Vectors.dot(w, 0, x, off, d) + w[d]) - 1 + diag * alpha[i];
                double pg = 0;
                if (alpha[i] == 0) {
                    if (g > pgMaxOld) { // shrink: stays at 0
                        active--;
                        index[s] = index[active];
                        index[active] = i;
                        s--;
                        continue;
                    } else if (g < 0) {
                        pg = g;
                    }
                } else if (alpha[i] == upper) {
                    if (g < pgMinOld) { // shrink: stays at U
                        active--;
                        index[s] = index[active];
                        index[active] = i;
                        s--;
                        continue;
                    } else if (g > 0) {
                        pg = g;
                    }
                } else {
                    pg = g;
                }
                pgMax = Math.max(pgMax, pg);
                pgMin = Math.min(pgMin, pg);
                if (Math.abs(pg) > 1e-12) {
                    double old = alpha[i];
                    alpha[i] = Math.min(Math.max(old - g / qd[i], 0), upper);
                    double step = (alpha[i] - old) * y[i];
                    Vectors.axpy(step, x, off, w, 0, d);
                    w[d] += step;
                }
            }
            iter++;
            violation = active == 0 ? 0 : pgMax - pgMin;
            trace.add(violation);
            if (trace.primalDue()) {
                trace.primal(Objectives.binary(p, y, w, lambda, loss.loss(), true));
            }
            if (violation <= tolerance) {
                if (active == n) {
                    converged = true;
                    break;
                }
                active = n; // check the shrunk variables too
                pgMaxOld = Double.POSITIVE_INFINITY;
                pgMinOld = Double.NEGATIVE_INFINITY;
                continue;
            }
            pgMaxOld = pgMax <= 0 ? Double.POSITIVE_INFINITY : pgMax;
            pgMinOld = pgMin >= 0 ? Double.NEGATIVE_INFINITY : pgMin;
        }
        double primal = Objectives.binary(p, y, w, lambda, loss.loss(), true);
        double dual = lambda * dualValue(alpha, diag, Vectors.dot(w, 0, w, 0, d + 1));
        trace.finish(primal);
        return new LinearSolution(w, converged, iter, violation, tolerance, primal, dual,
                trace.violations(), trace.primals(), trace.primalPasses());
    }

    /** {@code -f(a) = e^T a - 1/2 ||w||^2 - 1/2 sum_i D_ii a_i^2} (the dual maximised, primal scale). */
    static double dualValue(double[] alpha, double diag, double wNorm2) {
        double sum = 0;
        double sq = 0;
        for (double a : alpha) {
            sum += a;
            sq += a * a;
        }
        return sum - 0.5 * wNorm2 - 0.5 * diag * sq;
    }
}
