package versus.optim;

/**
 * The state of one {@link Lbfgs} run: the iterate, its value and gradient, and a ring of the
 * last m curvature pairs {@code s_k = x_{k+1} - x_k}, {@code y_k = g_{k+1} - g_k} with
 * {@code rho_k = 1 / y_k.s_k}. A pair with {@code y.s <= 1e-10 ||s|| ||y||} is skipped, which
 * keeps the implicit inverse Hessian positive definite. The first direction is steepest
 * descent, tried with step {@code 1 / ||g||} (a unit move); later ones with step 1, scaled by
 * {@code gamma_k = s.y / y.y} (Nocedal and Wright 2006, equation 7.20). The solver reports what
 * happened; the trainer decides whether to go on.
 */
public final class LbfgsSolver implements FullBatch.Solver {
    /** What one {@link #iterate()} achieved. */
    public enum Status {
        /** A step that met the strong Wolfe conditions. */
        PROGRESS,
        /** A step that lowered f without meeting the curvature condition; the memory was reset. */
        DECREASE_ONLY,
        /** The gradient is within tolerance: nothing left to do. */
        CONVERGED,
        /** No step along the direction lowered f (flat or non-smooth at this resolution). */
        STALLED
    }

    private final Lbfgs spec;
    private final DifferentiableFunction f;
    private final WolfeLineSearch lineSearch;
    private final double[][] s;
    private final double[][] y;
    private final double[] rho;
    private final double[] alpha;
    private final double[] x;
    private final double[] g;
    private final double[] nextX;
    private final double[] nextG;
    private final double[] p;
    private double value;
    private int stored;
    private int newest = -1;
    private long iterations;
    private long evaluations;
    private boolean started;

    LbfgsSolver(Lbfgs spec, DifferentiableFunction f, int n) {
        this.spec = spec;
        this.f = f;
        this.lineSearch = new WolfeLineSearch(f, n);
        int m = spec.memory();
        s = new double[m][n];
        y = new double[m][n];
        rho = new double[m];
        alpha = new double[m];
        x = new double[n];
        g = new double[n];
        nextX = new double[n];
        nextG = new double[n];
        p = new double[n];
    }

    /** Starts from {@code x0} (copied); evaluates f there once. */
    @Override
    public void start(double[] x0) {
        System.arraycopy(x0, 0, x, 0, x.length);
        value = f.valueAndGradient(x, g);
        evaluations = 1;
        iterations = 0;
        stored = 0;
        newest = -1;
        started = true;
    }

    /** One L-BFGS iteration from the current iterate. */
    @Override
    public Status iterate() {
        if (!started) {
            throw new IllegalStateException("call start(x0) first");
        }
        if (!Double.isFinite(value) || stationary()) {
            return Double.isFinite(value) ? Status.CONVERGED : Status.STALLED;
        }
        direction();
        double dphi0 = WolfeLineSearch.dot(g, p);
        if (!(dphi0 < 0)) { // not a descent direction (numerical trouble): restart from steepest descent
            stored = 0;
            direction();
            dphi0 = WolfeLineSearch.dot(g, p);
        }
        double a1 = stored == 0 ? 1 / Math.sqrt(Math.max(-dphi0, 1e-300)) : 1;
        double step = lineSearch.search(x, value, g, p, dphi0, a1, nextX, nextG);
        evaluations += lineSearch.evaluations();
        iterations++;
        if (step == 0) {
            return Status.STALLED;
        }
        boolean wolfe = lineSearch.satisfiedWolfe();
        if (wolfe) {
            remember();
        } else {
            stored = 0;
        }
        System.arraycopy(nextX, 0, x, 0, x.length);
        System.arraycopy(nextG, 0, g, 0, g.length);
        value = lineSearch.value();
        return wolfe ? Status.PROGRESS : Status.DECREASE_ONLY;
    }

    /** max_i |g_i| <= tolerance * max(1, |f|). */
    private boolean stationary() {
        double max = 0;
        for (double gi : g) {
            max = Math.max(max, Math.abs(gi));
        }
        return max <= spec.tolerance() * Math.max(1, Math.abs(value));
    }

    /** Two-loop recursion (Nocedal and Wright Algorithm 7.4): p = -H g. */
    private void direction() {
        int m = s.length;
        for (int i = 0; i < p.length; i++) {
            p[i] = g[i];
        }
        for (int k = 0; k < stored; k++) {
            int j = Math.floorMod(newest - k, m);
            alpha[j] = rho[j] * WolfeLineSearch.dot(s[j], p);
            double[] yj = y[j];
            for (int i = 0; i < p.length; i++) {
                p[i] -= alpha[j] * yj[i];
            }
        }
        if (stored > 0) {
            double gamma = WolfeLineSearch.dot(s[newest], y[newest]) / WolfeLineSearch.dot(y[newest], y[newest]);
            for (int i = 0; i < p.length; i++) {
                p[i] *= gamma;
            }
        }
        for (int k = stored - 1; k >= 0; k--) {
            int j = Math.floorMod(newest - k, m);
            double beta = rho[j] * WolfeLineSearch.dot(y[j], p);
            double[] sj = s[j];
            for (int i = 0; i < p.length; i++) {
                p[i] += sj[i] * (alpha[j] - beta);
            }
        }
        for (int i = 0; i < p.length; i++) {
            p[i] = -p[i];
        }
    }

    /** Stores (s, y) of the step just taken unless its curvature is too small. */
    private void remember() {
        double sy = 0;
        double ss = 0;
        double yy = 0;
        for (int i = 0; i < x.length; i++) {
            double si = nextX[i] - x[i];
            double yi = nextG[i] - g[i];
            sy += si * yi;
            ss += si * si;
            yy += yi * yi;
        }
        if (sy <= 1e-10 * Math.sqrt(ss * yy)) {
            return;
        }
        int slot = (newest + 1) % s.length;
        double[] sk = s[slot];
        double[] yk = y[slot];
        for (int i = 0; i < x.length; i++) {
            sk[i] = nextX[i] - x[i];
            yk[i] = nextG[i] - g[i];
        }
        rho[slot] = 1 / sy;
        newest = slot;
        stored = Math.min(stored + 1, s.length);
    }

    /** The current iterate (live array; copy it to keep it). */
    @Override
    public double[] position() { return x; }

    @Override
    public double value() { return value; }

    /** The gradient at the current iterate (live array). */
    @Override
    public double[] gradient() { return g; }

    public long iterations() { return iterations; }

    /** Function-and-gradient evaluations so far, the start included. */
    @Override
    public long evaluations() { return evaluations; }
}
