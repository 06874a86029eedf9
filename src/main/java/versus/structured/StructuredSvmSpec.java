package versus.structured;

/**
 * Hyperparameters of the structured SVM.
 *
 * @param lambda      L2 weight of the primal lambda/2 ||w||^2 + 1/n sum_i xi_i (biases unpenalised)
 * @param epochs      passes over the training rows, at least 1
 * @param labelPairs  whether the joint feature map has pairwise label terms y_l y_m (L &lt;= 14)
 * @param averageFrom first epoch whose iterates are averaged into the returned weights (suffix
 *                    averaging, Rakhlin, Shamir and Sridharan 2012), in 1..epochs
 */
public record StructuredSvmSpec(double lambda, int epochs, boolean labelPairs, int averageFrom) {
    public StructuredSvmSpec {
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

    /** Averaging over the second half of the epochs. */
    public static int defaultAverageFrom(int epochs) {
        return epochs / 2 + 1;
    }
}
