package versus.optim;

/**
 * Limited-memory BFGS (Nocedal 1980; Liu and Nocedal 1989) as a full-batch solver: each
 * iteration takes the quasi-Newton direction {@code p = -H g} from the last {@code memory}
 * curvature pairs (s, y) by the two-loop recursion (Nocedal and Wright 2006, Algorithm 7.4) and
 * a step that satisfies the strong Wolfe conditions ({@link WolfeLineSearch}). Unlike the
 * first-order {@link OptimizerSpec}s it needs the objective along a line, not one gradient per
 * step, so it is driven by a trainer on the whole training set.
 *
 * @param memory    number of curvature pairs kept (scikit-learn and SciPy use 10)
 * @param tolerance the iterate counts as stationary when max_i |g_i| <= tolerance * max(1, |f|)
 */
public record Lbfgs(int memory, double tolerance) implements FullBatch {
    public static final int DEFAULT_MEMORY = 10;
    public static final double DEFAULT_TOLERANCE = 1e-6;

    public Lbfgs {
        if (memory < 1 || memory > 1000) {
            throw new IllegalArgumentException("memory must be in 1..1000, got " + memory);
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= 0, got " + tolerance);
        }
    }

    public Lbfgs() {
        this(DEFAULT_MEMORY, DEFAULT_TOLERANCE);
    }

    @Override public String name() { return "lbfgs"; }

    /** Fresh solver state for {@code f} over parameters of this length. */
    @Override
    public LbfgsSolver create(DifferentiableFunction f, int numParameters) {
        return new LbfgsSolver(this, f, numParameters);
    }
}
