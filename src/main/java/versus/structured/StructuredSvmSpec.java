package versus.structured;

/**
 * Hyperparameters of the structured SVM.
 *
 * @param lambda     L2 weight of the primal lambda/2 ||w||^2 + 1/n sum_i xi_i
 * @param epochs     passes over the training rows (subgradient: epochs; cutting plane: at most
 *                   this many iterations, each one loss-augmented inference over all rows), &gt;= 1
 * @param labelPairs whether the joint feature map has pairwise label terms y_l y_m (L &lt;= 14)
 * @param solver     how the primal is minimised
 */
public record StructuredSvmSpec(double lambda, int epochs, boolean labelPairs, Solver solver) {
    /** The training algorithm and its own settings. */
    public sealed interface Solver permits Subgradient, CuttingPlane {
    }

    /**
     * Stochastic subgradient steps 1/(lambda (t + t0)) on the n-slack primal, biases unpenalised.
     *
     * @param averageFrom first epoch whose iterates are averaged into the returned weights (suffix
     *                    averaging, Rakhlin, Shamir and Sridharan 2012), in 1..epochs
     * @param t0          offset of the step size, &gt;= 0; the first step is about 1/(lambda t0)
     */
    public record Subgradient(int averageFrom, double t0) implements Solver {
        public Subgradient {
            if (!(t0 >= 0) || Double.isInfinite(t0)) {
                throw new IllegalArgumentException("t0 must be a finite number >= 0, got " + t0);
            }
        }
    }

    /**
     * The 1-slack cutting-plane algorithm with margin rescaling (Joachims, Finley and Yu 2009,
     * Algorithm 4): stops when the most violated joint constraint is violated by at most
     * {@code epsilon} more than the current slack. Biases are penalised like the other weights
     * (as in SVM-struct), so its optimum differs slightly from the subgradient solver's.
     */
    public record CuttingPlane(double epsilon) implements Solver {
        public CuttingPlane {
            if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
                throw new IllegalArgumentException("tolerance must be a finite number > 0, got " + epsilon);
            }
        }
    }

    public StructuredSvmSpec {
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be > 0 for the structured SVM, got " + lambda);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        if (solver instanceof Subgradient s && (s.averageFrom() < 1 || s.averageFrom() > epochs)) {
            throw new IllegalArgumentException("average-from must be in 1.." + epochs + " (the epochs), got " + s.averageFrom());
        }
        java.util.Objects.requireNonNull(solver, "solver");
    }

    /** The subgradient solver with the default t0 and averaging. */
    public StructuredSvmSpec(double lambda, int epochs, boolean labelPairs) {
        this(lambda, epochs, labelPairs, new Subgradient(defaultAverageFrom(epochs), defaultT0(lambda)));
    }

    /**
     * t0 = 10 / lambda: first steps of about 0.1, small enough for standardized features whose
     * squared norm is the dimension, and eta_t -&gt; 1/(lambda t) as in Pegasos once t &gt;&gt; t0.
     */
    public static double defaultT0(double lambda) {
        return 10 / lambda;
    }

    /** Averaging over the second half of the epochs. */
    public static int defaultAverageFrom(int epochs) {
        return epochs / 2 + 1;
    }
}
