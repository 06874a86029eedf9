package versus.compute;

/**
 * A strict local minimiser of a function of two variables by damped Newton steps (Nocedal and
 * Wright 2006, "Numerical Optimization", 2nd ed., sections 3.1 and 3.3): the Hessian from central
 * differences of the gradient, step {@code d = -H^-1 g} where H is positive definite and the
 * steepest-descent step {@code d = -g} where it is not, then Armijo backtracking
 * {@code f(x + t d) <= f(x) + 1e-4 t g.d} halving t from 1. Stops when
 * {@code ||g|| < 1e-9 (1 + |f|)}; the point counts as a strict minimiser only if H is positive
 * definite there.
 */
public final class Newton2d {
    /** Newton iterations before giving up. */
    static final int MAX_ITERATIONS = 200;

    private Newton2d() {
    }

    /**
     * The minimiser reached from {@code from} (2 coordinates, not modified), or null when none is
     * found: a non-finite value or gradient, a line search that cannot descend, a stationary
     * point whose Hessian is not positive definite, or {@value #MAX_ITERATIONS} iterations. For
     * example unregularised logistic loss on separable data has no minimiser (J falls towards 0
     * as |w| grows, with a vanishing Hessian), and a kink (hinge) can stall the iteration.
     */
    public static double[] minimize(Function2d f, double[] from) {
        double[] x = from.clone();
        double[] g = new double[2];
        double[][] h = new double[2][2];
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double fx = f.value(x[0], x[1]);
            f.gradient(x[0], x[1], g);
            if (!Double.isFinite(fx) || !Double.isFinite(g[0]) || !Double.isFinite(g[1])) {
                return null;
            }
            hessian(f, x, h);
            double off = (h[0][1] + h[1][0]) / 2;
            double det = h[0][0] * h[1][1] - off * off;
            double trace = h[0][0] + h[1][1];
            double smallest = trace / 2 - Math.sqrt(Math.max(0, trace * trace / 4 - det));
            boolean definite = smallest > 1e-8 * (1 + Math.abs(trace));
            if (Math.hypot(g[0], g[1]) < 1e-9 * (1 + Math.abs(fx))) {
                return definite ? x : null;
            }
            double[] d = definite
                    ? new double[] {-(h[1][1] * g[0] - off * g[1]) / det, -(h[0][0] * g[1] - off * g[0]) / det}
                    : new double[] {-g[0], -g[1]};
            double slope = g[0] * d[0] + g[1] * d[1];
            double t = 1;
            while (t > 1e-12 && !(f.value(x[0] + t * d[0], x[1] + t * d[1]) <= fx + 1e-4 * t * slope)) {
                t /= 2;
            }
            if (t <= 1e-12) {
                return null;
            }
            x[0] += t * d[0];
            x[1] += t * d[1];
        }
        return null;
    }

    /** h[i][k] = (g_i(x + s e_k) - g_i(x - s e_k)) / (2 s), s = 1e-5 (1 + |x_k|). */
    static void hessian(Function2d f, double[] x, double[][] h) {
        double[] gp = new double[2];
        double[] gm = new double[2];
        for (int k = 0; k < 2; k++) {
            double step = 1e-5 * (1 + Math.abs(x[k]));
            double[] up = x.clone();
            double[] down = x.clone();
            up[k] += step;
            down[k] -= step;
            f.gradient(up[0], up[1], gp);
            f.gradient(down[0], down[1], gm);
            h[0][k] = (gp[0] - gm[0]) / (2 * step);
            h[1][k] = (gp[1] - gm[1]) / (2 * step);
        }
    }
}
