package versus.optim;

/**
 * How a model's parameters are fitted: a first-order {@link OptimizerSpec} stepping along
 * (mini-batch) gradients, or a {@link FullBatch} solver (quasi-Newton {@link Lbfgs}, trust-region
 * Newton), which also needs the objective's value at trial points. The trainer picks the loop that fits.
 */
public sealed interface Minimizer permits OptimizerSpec, FullBatch {
    /** Canonical name as accepted in YAML. */
    String name();
}
