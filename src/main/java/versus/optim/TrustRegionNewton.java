package versus.optim;

/**
 * Trust-region Newton (Lin, Weng and Keerthi 2008, "Trust region Newton method for large-scale
 * logistic regression", JMLR 9; LIBLINEAR's {@code -s 0} and {@code -s 2} primal solver): each
 * iteration minimises the quadratic model {@code g.s + s.H s / 2} inside {@code ||s|| <= delta}
 * by conjugate gradients (Steihaug 1983), accepts the step when the actual reduction is a fair
 * share of the predicted one, and resizes delta by the paper's rules (eta = 1e-4, 0.25, 0.75;
 * sigma = 0.25, 0.5, 4). Unlike L-BFGS its steps follow the true curvature, so it is not slowed
 * by badly scaled features (raw, unstandardised columns whose scales differ by 10^6).
 *
 * <p>The Hessian-vector products are forward differences of the exact gradient,
 * {@code H v ~ (g(x + h v) - g(x)) / h} (Nocedal and Wright 2006, section 8.1), which needs
 * nothing of the function but its gradient (for the squared hinge, whose Hessian jumps, they give
 * the generalised Hessian of Mangasarian 2002 away from the kinks). They only shape the steps:
 * every step is accepted on the exact f, and stationarity is checked on the exact gradient.
 *
 *
 * <p>With {@code lbfgsIterations > 0} the run starts with up to that many {@link Lbfgs} iterations
 * (memory 10, the same tolerance) and goes on with Newton from where L-BFGS got to only if it has
 * not converged by then or stalls: on standardised data L-BFGS converges in tens of cheap
 * iterations, where Newton's finite-difference products cost more (digits: 0.2 s against 0.9 s to
 * 5 s per fit), and Newton finishes the badly scaled problems L-BFGS crawls on (raw breast_cancer:
 * max |g| 0.09 after 1000 L-BFGS iterations, 1e-7 after about 15 Newton iterations).
 *
 * @param tolerance       the iterate counts as stationary when max_i |g_i| <= tolerance * max(1, |f|)
 * @param lbfgsIterations L-BFGS iterations tried first (0: Newton from the start)
 */
public record TrustRegionNewton(double tolerance, int lbfgsIterations) implements FullBatch {
    public static final double DEFAULT_TOLERANCE = Lbfgs.DEFAULT_TOLERANCE;
    public static final int DEFAULT_LBFGS_ITERATIONS = 500;

    public TrustRegionNewton {
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= 0, got " + tolerance);
        }
        if (lbfgsIterations < 0) {
            throw new IllegalArgumentException("lbfgs-iterations must be >= 0, got " + lbfgsIterations);
        }
    }

    @Override public String name() { return "newton"; }

    @Override
    public TrustRegionNewtonSolver create(DifferentiableFunction f, int numParameters) {
        return new TrustRegionNewtonSolver(this, f, numParameters);
    }
}
