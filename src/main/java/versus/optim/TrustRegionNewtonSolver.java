package versus.optim;

/**
 * The state of one {@link TrustRegionNewton} run: iterate, value, gradient and trust radius.
 * One {@link #iterate()} is one outer iteration of Lin, Weng and Keerthi (2008), Algorithm 1,
 * with the truncated conjugate gradient of their Algorithm 2 (CG stops at
 * {@code ||r|| <= 0.1 ||g||} or on the trust-region boundary). A rejected step shrinks the radius
 * and counts as an iteration ({@link LbfgsSolver.Status#DECREASE_ONLY} with the iterate unchanged);
 * after 50 rejections in a row the solver reports {@link LbfgsSolver.Status#STALLED}.
 */
public final class TrustRegionNewtonSolver implements FullBatch.Solver {
    private static final double ETA0 = 1e-4;
    private static final double ETA1 = 0.25;
    private static final double ETA2 = 0.75;
    private static final double SIGMA1 = 0.25;
    private static final double SIGMA2 = 0.5;
    private static final double SIGMA3 = 4;
    private static final int MAX_REJECTIONS = 50;

    private final TrustRegionNewton spec;
    private final DifferentiableFunction f;
    private final double[] x;
    private final double[] g;
    private final double[] s;
    private final double[] r;
    private final double[] d;
    private final double[] hd;
    private final double[] trial;
    private final double[] trialG;
    private final double[] plus;
    private double value;
    private double delta;
    private long evaluations;
    private int iterations;
    private int rejections;
    private boolean started;
    /** The L-BFGS run tried first, while it lasts; null once Newton has taken over. */
    private LbfgsSolver warm;
    private int warmIterations;

    TrustRegionNewtonSolver(TrustRegionNewton spec, DifferentiableFunction f, int n) {
        this.spec = spec;
        this.f = f;
        x = new double[n];
        g = new double[n];
        s = new double[n];
        r = new double[n];
        d = new double[n];
        hd = new double[n];
        trial = new double[n];
        trialG = new double[n];
        plus = new double[n];
    }

    @Override
    public void start(double[] x0) {
        started = true;
        warmIterations = 0;
        if (spec.lbfgsIterations() > 0) {
            warm = new Lbfgs(Lbfgs.DEFAULT_MEMORY, spec.tolerance()).create(f, x.length);
            warm.start(x0);
            return;
        }
        warm = null;
        System.arraycopy(x0, 0, x, 0, x.length);
        value = f.valueAndGradient(x, g);
        evaluations = 1;
        newtonFromHere();
    }

    private void newtonFromHere() {
        delta = norm(g);
        iterations = 0;
        rejections = 0;
    }

    /** One L-BFGS iteration; hands over to Newton when L-BFGS stalls or has had its iterations. */
    private LbfgsSolver.Status warmIterate() {
        LbfgsSolver.Status status = warm.iterate();
        warmIterations++;
        if (status == LbfgsSolver.Status.CONVERGED) {
            return status;
        }
        if (status == LbfgsSolver.Status.STALLED || warmIterations >= spec.lbfgsIterations()) {
            System.arraycopy(warm.position(), 0, x, 0, x.length);
            System.arraycopy(warm.gradient(), 0, g, 0, g.length);
            value = warm.value();
            evaluations = warm.evaluations();
            warm = null;
            newtonFromHere();
            return status == LbfgsSolver.Status.STALLED ? LbfgsSolver.Status.DECREASE_ONLY : status;
        }
        return status;
    }

    @Override
    public LbfgsSolver.Status iterate() {
        if (!started) {
            throw new IllegalStateException("call start(x0) first");
        }
        if (warm != null) {
            return warmIterate();
        }
        if (!Double.isFinite(value) || stationary()) {
            return Double.isFinite(value) ? LbfgsSolver.Status.CONVERGED : LbfgsSolver.Status.STALLED;
        }
        if (rejections >= MAX_REJECTIONS || !(delta > 0)) {
            return LbfgsSolver.Status.STALLED;
        }
        iterations++;
        conjugateGradient();
        double gs = dot(g, s);
        double prered = -0.5 * (gs - dot(s, r)); // r = -g - H s, so -(g.s + s.H s / 2) = -(g.s - s.r) / 2
        for (int i = 0; i < x.length; i++) {
            trial[i] = x[i] + s[i];
        }
        double fnew = f.valueAndGradient(trial, trialG);
        evaluations++;
        double actred = value - fnew;
        double snorm = norm(s);
        if (iterations == 1) {
            delta = Math.min(delta, snorm);
        }
        double curvature = fnew - value - gs;
        double alpha = curvature <= 0 ? SIGMA3 : Math.max(SIGMA1, -0.5 * (gs / curvature));
        if (!Double.isFinite(fnew) || actred < ETA0 * prered) {
            delta = Math.min(Math.max(alpha, SIGMA1) * snorm, SIGMA2 * delta);
        } else if (actred < ETA1 * prered) {
            delta = Math.max(SIGMA1 * delta, Math.min(alpha * snorm, SIGMA2 * delta));
        } else if (actred < ETA2 * prered) {
            delta = Math.max(SIGMA1 * delta, Math.min(alpha * snorm, SIGMA3 * delta));
        } else {
            delta = Math.max(delta, Math.min(alpha * snorm, SIGMA3 * delta));
        }
        if (Double.isFinite(fnew) && actred > ETA0 * prered) {
            System.arraycopy(trial, 0, x, 0, x.length);
            System.arraycopy(trialG, 0, g, 0, g.length);
            value = fnew;
            rejections = 0;
            return LbfgsSolver.Status.PROGRESS;
        }
        rejections++;
        return LbfgsSolver.Status.DECREASE_ONLY;
    }

    /** Steihaug's truncated CG on H s = -g inside ||s|| <= delta; leaves the residual -g - H s in r. */
    private void conjugateGradient() {
        double gnorm = norm(g);
        double cgTolerance = 0.1 * gnorm;
        for (int i = 0; i < s.length; i++) {
            s[i] = 0;
            r[i] = -g[i];
            d[i] = r[i];
        }
        double rTr = dot(r, r);
        for (int k = 0; k < 10 * s.length + 10 && Math.sqrt(rTr) > cgTolerance; k++) {
            hessianTimes(d);
            double dHd = dot(d, hd);
            if (!(dHd > 0)) { // no positive curvature along d (numerically): go to the boundary
                toBoundary();
                return;
            }
            double a = rTr / dHd;
            for (int i = 0; i < s.length; i++) {
                s[i] += a * d[i];
            }
            if (norm(s) > delta) {
                for (int i = 0; i < s.length; i++) {
                    s[i] -= a * d[i];
                }
                toBoundary();
                return;
            }
            for (int i = 0; i < s.length; i++) {
                r[i] -= a * hd[i];
            }
            double next = dot(r, r);
            double beta = next / rTr;
            for (int i = 0; i < s.length; i++) {
                d[i] = r[i] + beta * d[i];
            }
            rTr = next;
        }
    }

    /** s += tau d with tau >= 0 and ||s + tau d|| = delta; r -= tau H d (hd holds H d). */
    private void toBoundary() {
        double sd = dot(s, d);
        double dd = dot(d, d);
        double ss = dot(s, s);
        double rad = Math.sqrt(Math.max(0, sd * sd + dd * (delta * delta - ss)));
        double tau = sd >= 0 ? (delta * delta - ss) / (sd + rad) : (rad - sd) / dd;
        if (!Double.isFinite(tau)) {
            tau = 0;
        }
        for (int i = 0; i < s.length; i++) {
            s[i] += tau * d[i];
            r[i] -= tau * hd[i];
        }
    }

    /**
     * hd = H v by a forward difference of the gradient with step h = sqrt(eps) max(1, ||x||) / ||v||
     * (Nocedal and Wright 2006, equation 8.11): one gradient per product, and a step small enough
     * that few margins cross the squared hinge's kink.
     */
    private void hessianTimes(double[] v) {
        double vnorm = norm(v);
        if (vnorm == 0) {
            java.util.Arrays.fill(hd, 0);
            return;
        }
        double h = 1.4901161193847656e-8 * Math.max(1, norm(x)) / vnorm; // sqrt(2^-52)
        for (int i = 0; i < x.length; i++) {
            trial[i] = x[i] + h * v[i];
        }
        f.valueAndGradient(trial, plus);
        evaluations++;
        for (int i = 0; i < x.length; i++) {
            hd[i] = (plus[i] - g[i]) / h;
        }
    }

    /** max_i |g_i| <= tolerance * max(1, |f|). */
    private boolean stationary() {
        double max = 0;
        for (double gi : g) {
            max = Math.max(max, Math.abs(gi));
        }
        return max <= spec.tolerance() * Math.max(1, Math.abs(value));
    }

    private static double dot(double[] a, double[] b) {
        double t = 0;
        for (int i = 0; i < a.length; i++) {
            t += a[i] * b[i];
        }
        return t;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    @Override public double[] position() { return warm != null ? warm.position() : x; }

    @Override public double value() { return warm != null ? warm.value() : value; }

    @Override public double[] gradient() { return warm != null ? warm.gradient() : g; }

    @Override public long evaluations() { return warm != null ? warm.evaluations() : evaluations; }
}
