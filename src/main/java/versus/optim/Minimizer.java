package versus.optim;

/**
 * How a model's parameters are fitted: a first-order {@link OptimizerSpec} stepping along
 * (mini-batch) gradients, or the full-batch quasi-Newton solver {@link Lbfgs}, which also needs
 * the objective's value along a line. The trainer picks the loop that fits.
 */
public sealed interface Minimizer permits OptimizerSpec, Lbfgs {
    /** Canonical name as accepted in YAML. */
    String name();
}
