package versus.train;

import java.util.random.RandomGenerator;
import versus.data.Dataset;
import versus.objective.TrainingObjective;
import versus.optim.Lbfgs;
import versus.optim.Minimizer;
import versus.optim.OptimizerSpec;

/** Runs the training loop that fits a {@link Minimizer}: {@link Trainer} for first-order optimizers, {@link LbfgsTrainer} for L-BFGS. */
public final class Training {
    private Training() {
    }

    /** Minimises {@code objective} on {@code data} as {@code spec} says and returns what was used. */
    public static Trainer.Usage minimize(TrainerSpec spec, TrainingObjective objective, Minimizer minimizer, Dataset data,
                                         RandomGenerator rng, History history) {
        if (minimizer instanceof versus.optim.FullBatch lbfgs) {
            return LbfgsTrainer.train(spec, objective, lbfgs, data, rng, history);
        }
        return new Trainer(spec).train(objective, (OptimizerSpec) minimizer, data, rng, history);
    }
}
