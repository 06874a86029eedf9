package versus.optim;

/**
 * An optimizer's hyperparameters as a validating record; {@link #create} makes fresh state, so
 * nothing leaks between folds.
 */
public non-sealed interface OptimizerSpec extends Minimizer {
    Schedule schedule();

    Optimizer create(int numParameters);
}
