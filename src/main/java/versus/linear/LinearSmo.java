package versus.linear;

import versus.math.Vectors;

/**
 * The binary linear SVM dual with a free (unpenalised) bias,
 *
 * <pre>{@code
 *   min_a  f(a) = 1/2 a^T Qbar a - e^T a,   0 <= a_i <= U,   y^T a = 0,
 * }</pre>
 *
 * (U, Qbar as in {@link DualCoordinateDescent}), by SMO pair updates: each step moves a pair
 * (i, j) analytically along {@code y^T a = 0} and clips it to the box (Platt 1998; Keerthi,
 * Shevade, Bhattacharyya and Murthy, "Improvements to Platt's SMO algorithm", Neural Computation
 * 13, 2001). The pair is chosen as in Fan, Chen and Lin, "Working set selection using second
 * order information for training SVM", JMLR 6, 2005 (WSS 3): i maximises {@code -y_t G_t} over
 * {@code I_up = {t: y_t = +1, a_t < U} u {t: y_t = -1, a_t > 0}}, and j minimises
 * {@code -(b_it)^2 / a_it} over the violating t in
 * {@code I_low = {t: y_t = +1, a_t > 0} u {t: y_t = -1, a_t < U}}, with
 * {@code b_it = -y_i G_i + y_t G_t > 0} and {@code a_it = Qbar_ii + Qbar_tt - 2 x_i.x_t}. The
 * kernel is linear, so w = sum a_i y_i x_i is kept explicit; the gradient
 * {@code G_t = y_t w.x_t - 1 + D_tt a_t} is updated after each pair with the two rows
 * {@code x_i.x_t, x_j.x_t} ({@link GramRows}: O(n d) for a row not yet kept, O(n) after) and
 * recomputed from w after every block of n pairs. Stops when the maximal violating pair gap
 * {@code max_{I_up} -y G - min_{I_low} -y G} is at most the tolerance. The bias comes from the
 * KKT conditions as in LIBSVM: {@code b = -rho}, rho the mean of {@code y_t G_t} over the free
 * {@code 0 < a_t < U}, or the midpoint of the feasible interval when none is free (a one-sided
 * interval, as with one class only, gives its finite end: b = +1 or -1, J = 0).
 */
final class LinearSmo {
    private static final double TAU = 1e-12;

    private LinearSmo() {
    }

    static LinearSolution solve(LinearProblem p, double[] y, double lambda, double c,
            DualCoordinateDescent.SvmLoss loss, double tolerance, int maxIterations, long gramBudget) {
        int n = p.rows();
        int d = p.cols();
        double[] x = p.x();
        double upper = loss.upper(c);
        double diag = loss.diagonal(c);
        double[] qd = p.squaredNorms(diag);
        double[] alpha = new double[n];
        double[] grad = new double[n];
        GramRows gram = new GramRows(p, gramBudget);
        double[] wb = new double[d + 1];
        java.util.Arrays.fill(grad, -1.0);
        Trace trace = new Trace();
        boolean converged = false;
        double gap = Double.POSITIVE_INFINITY;
        int iter = 0;
        while (iter < maxIterations && !converged) {
            for (int step = 0; step < n; step++) {
                // i: the maximal violator in I_up
                double gMax = Double.NEGATIVE_INFINITY;
                int i = -1;
                for (int t = 0; t < n; t++) {
                    if (y[t] > 0 ? alpha[t] < upper : alpha[t] > 0) {
                        double v = -y[t] * grad[t];
                        if (v >= gMax) {
                            gMax = v;
                            i = t;
                        }
                    }
                }
                // j: second-order choice among the violators in I_low
                double gMax2 = Double.NEGATIVE_INFINITY;
                int j = -1;
                double best = Double.POSITIVE_INFINITY;
                double[] rowI = null;
                if (i >= 0) {
                    rowI = gram.row(i, 0);
                    for (int t = 0; t < n; t++) {
                        if (y[t] > 0 ? alpha[t] > 0 : alpha[t] < upper) {
                            double v = y[t] * grad[t];
                            gMax2 = Math.max(gMax2, v);
                            double b = gMax + v;
                            if (b > 0) {
                                double a = qd[i] + qd[t] - 2 * rowI[t];
                                double obj = -(b * b) / (a > 0 ? a : TAU);
                                if (obj <= best) {
                                    best = obj;
                                    j = t;
                                }
                            }
                        }
                    }
                }
                gap = i < 0 || gMax2 == Double.NEGATIVE_INFINITY ? 0 : gMax + gMax2;
                if (j < 0 || gap <= tolerance) {
                    converged = true;
                    break;
                }
                update(p, y, alpha, grad, rowI, gram.row(j, 1), wb, qd, diag, upper, i, j);
            }
            iter++;
            // refresh the gradient from w (no drift from the incremental updates)
            for (int t = 0; t < n; t++) {
                grad[t] = y[t] * Vectors.dot(wb, 0, x, t * d, d) - 1 + diag * alpha[t];
            }
            wb[d] = bias(y, alpha, grad, upper);
            trace.add(gap);
            if (trace.primalDue()) {
                trace.primal(Objectives.binary(p, y, wb, lambda, loss.loss(), false));
            }
        }
        double primal = Objectives.binary(p, y, wb, lambda, loss.loss(), false);
        double dual = lambda * DualCoordinateDescent.dualValue(alpha, diag, Vectors.dot(wb, 0, wb, 0, d));
        trace.finish(primal);
        return new LinearSolution(wb, converged, iter, gap, tolerance, primal, dual,
                trace.violations(), trace.primals(), trace.primalPasses());
    }

    /** LIBSVM's two-variable step on (i, j), then G and w updated for the change. */
    private static void update(LinearProblem p, double[] y, double[] alpha, double[] grad, double[] rowI,
            double[] rowJ, double[] wb, double[] qd, double diag, double upper, int i, int j) {
        int d = p.cols();
        double[] x = p.x();
        double qij = y[i] * y[j] * rowI[j];
        double oldI = alpha[i];
        double oldJ = alpha[j];
        double ai;
        double aj;
        if (y[i] != y[j]) {
            double quad = qd[i] + qd[j] + 2 * qij;
            double delta = (-grad[i] - grad[j]) / (quad > 0 ? quad : TAU);
            double diff = oldI - oldJ;
            ai = oldI + delta;
            aj = oldJ + delta;
            if (diff > 0) {
                if (aj < 0) {
                    aj = 0;
                    ai = diff;
                }
            } else if (ai < 0) {
                ai = 0;
                aj = -diff;
            }
            if (diff > 0) {
                if (ai > upper) {
                    ai = upper;
                    aj = upper - diff;
                }
            } else if (aj > upper) {
                aj = upper;
                ai = upper + diff;
            }
        } else {
            double quad = qd[i] + qd[j] - 2 * qij;
            double delta = (grad[i] - grad[j]) / (quad > 0 ? quad : TAU);
            double sum = oldI + oldJ;
            ai = oldI - delta;
            aj = oldJ + delta;
            if (sum > upper) {
                if (ai > upper) {
                    ai = upper;
                    aj = sum - upper;
                }
            } else if (aj < 0) {
                aj = 0;
                ai = sum;
            }
            if (sum > upper) {
                if (aj > upper) {
                    aj = upper;
                    ai = sum - upper;
                }
            } else if (ai < 0) {
                ai = 0;
                aj = sum;
            }
        }
        alpha[i] = ai;
        alpha[j] = aj;
        double di = (ai - oldI) * y[i];
        double dj = (aj - oldJ) * y[j];
        if (di == 0 && dj == 0) {
            return;
        }
        for (int t = 0; t < p.rows(); t++) {
            grad[t] += y[t] * (di * rowI[t] + dj * rowJ[t]);
        }
        grad[i] += diag * (ai - oldI);
        grad[j] += diag * (aj - oldJ);
        Vectors.axpy(di, x, i * d, wb, 0, d);
        Vectors.axpy(dj, x, j * d, wb, 0, d);
    }

    /** b = -rho from the KKT conditions (LIBSVM's {@code calculate_rho}). */
    private static double bias(double[] y, double[] alpha, double[] grad, double upper) {
        double ub = Double.POSITIVE_INFINITY;
        double lb = Double.NEGATIVE_INFINITY;
        double sumFree = 0;
        int free = 0;
        for (int t = 0; t < y.length; t++) {
            double yg = y[t] * grad[t];
            if (alpha[t] >= upper) {
                if (y[t] < 0) {
                    ub = Math.min(ub, yg);
                } else {
                    lb = Math.max(lb, yg);
                }
            } else if (alpha[t] <= 0) {
                if (y[t] > 0) {
                    ub = Math.min(ub, yg);
                } else {
                    lb = Math.max(lb, yg);
                }
            } else {
                free++;
                sumFree += yg;
            }
        }
        double rho;
        if (free > 0) {
            rho = sumFree / free;
        } else if (lb == Double.NEGATIVE_INFINITY) {
            rho = ub;
        } else if (ub == Double.POSITIVE_INFINITY) {
            rho = lb;
        } else {
            rho = 0.5 * (ub + lb);
        }
        return -rho;
    }
}
