package versus.experiment;

import java.util.List;
import java.util.function.Supplier;
import versus.experiment.ExperimentConfig.OptimizerConfig;
import versus.optim.Minimizer;
import versus.optim.Schedule;

/**
 * One optimizer of the YAML ({@code optimizer: {kind: NAME, ...}}): its name, the line
 * {@code versus list optimizers} prints, the keys it takes besides {@code kind}, and how it is
 * built from them. {@link OptimizerKinds#ALL} is the list of these objects; the planner, the list
 * and the "does not apply" messages all read it, so a new optimizer is its algorithm and one entry.
 *
 * @param firstOrder whether it steps along a gradient (what optimizer figures can draw)
 */
record OptimizerKind(String name, String description, List<String> keys, boolean firstOrder, Builder builder) {

    /** Builds the optimizer from its entry; every default it applies is a constant of the optimizer's class. */
    @FunctionalInterface
    interface Builder {
        Minimizer build(OptimizerConfig o, Inputs in);
    }

    /** What building needs from the planner: the learning-rate schedule, an L2 penalty's lambda, located checks. */
    interface Inputs {
        /** The entry's schedule (constant by default) at its learning rate, or {@code defaultRate} when none is given. */
        Schedule schedule(double defaultRate);

        /** The lambda of the model's L2 penalty; an error naming {@code what} when it has none. */
        double l2Lambda(String what);

        /** Runs a validating constructor, its message located at {@code key} of the entry. */
        <T> T parse(String key, Supplier<T> make);
    }
}
