package versus.optim;

/**
 * An optimizer's hyperparameters as a validating record; {@link #create} makes fresh state, so
 * nothing leaks between folds.
 */
public interface OptimizerSpec {
    /** Canonical name as accepted in YAML. */
    String name();

    Schedule schedule();

    Optimizer create(int numParameters);
}
