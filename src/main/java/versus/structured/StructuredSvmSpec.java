package versus.structured;

/**
 * Hyperparameters of the structured SVM.
 *
 * @param lambda      L2 weight of the primal lambda/2 ||w||^2 + 1/n sum_i xi_i (biases unpenalised)
 * @param epochs      passes over the training rows, at least 1
 * @param labelPairs  whether the joint feature map has pairwise label terms y_l y_m (L &lt;= 14)
 * @param averageFrom first epoch whose iterates are averaged into the returned weights (suffix
 *                    averaging, Rakhlin, Shamir and Sridharan 2012), in 1..epochs
 * @param t0          offset of the step size eta_t = 1 / (lambda (t + t0)), &gt;= 0; the first step
 *                    is about 1 / (lambda t0)
 */
public record StructuredSvmSpec(double lambda, int epochs, boolean labelPairs, int averageFrom, double t0) {
    public StructuredSvmSpec {
        if (!(t0 >= 0) || Double.isInfinite(t0)) {
            throw new IllegalArgumentException("t0 must be a finite number >= 0, got " + t0);
        }
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be > 0 for the structured SVM, got " + lambda);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        if (averageFrom < 1 || averageFrom > epochs) {
            throw new IllegalArgumentException("average-from must be in 1.." + epochs + " (the epochs), got " + averageFrom);
        }
    }

    /** With the default t0 and averaging. */
    public StructuredSvmSpec(double lambda, int epochs, boolean labelPairs) {
        this(lambda, epochs, labelPairs, defaultAverageFrom(epochs), defaultT0(lambda));
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
