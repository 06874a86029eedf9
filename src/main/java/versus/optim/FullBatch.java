package versus.optim;

/**
 * A solver that minimises one deterministic function over the whole training set to a
 * tolerance, iteration by iteration: {@link Lbfgs} and {@link TrustRegionNewton}. Both stop when
 * {@code max_i |g_i| <= tolerance * max(1, |f|)}, so a tolerance means the same for either.
 */
public sealed interface FullBatch extends Minimizer permits Lbfgs, TrustRegionNewton {
    /** The stationarity tolerance. */
    double tolerance();

    /** Fresh solver state for {@code f} over parameters of this length. */
    Solver create(DifferentiableFunction f, int numParameters);

    /** The state of one run. */
    interface Solver {
        /** Starts from {@code x0} (copied); evaluates f there once. */
        void start(double[] x0);

        /** One iteration from the current iterate. */
        LbfgsSolver.Status iterate();

        /** The current iterate (live array; copy it to keep it). */
        double[] position();

        double value();

        /** The gradient at the current iterate (live array). */
        double[] gradient();

        /** Function-and-gradient evaluations so far, the start included. */
        long evaluations();
    }
}
