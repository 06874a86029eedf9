package versus.optim;

/**
 * One optimizer's state for one parameter vector. {@link #step} moves {@code params} against
 * {@code grad} (we always minimise) and never modifies {@code grad}. The optimizer does not
 * decide when to stop; the trainer does.
 */
public interface Optimizer {
    void step(double[] params, double[] grad);

    /** Number of steps taken so far. */
    long steps();
}
