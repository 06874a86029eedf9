package versus.train;

import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import versus.data.Dataset;
import versus.loss.MulticlassLoss;
import versus.model.Classifier;
import versus.model.Initializer;
import versus.model.Model;
import versus.model.ModelClassifier;
import versus.objective.Objective;
import versus.objective.Regularizer;
import versus.objective.TrainingObjective;
import versus.optim.OptimizerSpec;

/**
 * A model trained by minimising loss + regularizer with a first-order optimizer: the
 * composition behind logistic and softmax regression, linear SVMs and MLPs.
 *
 * @param architecture makes a fresh model for (input dimension, number of outputs)
 * @param objective    combines model, loss and penalty into what the trainer minimises
 *                     ({@link Objective} over rows, or a pairwise ranking objective)
 */
public record GradientLearner(
        BiFunction<Integer, Integer, Model> architecture,
        MulticlassLoss loss,
        Regularizer regularizer,
        Initializer initializer,
        OptimizerSpec optimizer,
        TrainerSpec trainer,
        ObjectiveFactory objective) implements Learner {

    /** Builds the training objective of a fresh model. */
    @FunctionalInterface
    public interface ObjectiveFactory {
        TrainingObjective create(Model model, MulticlassLoss loss, Regularizer regularizer);
    }

    /** The pointwise objective: mean loss over rows plus penalty. */
    public GradientLearner(BiFunction<Integer, Integer, Model> architecture, MulticlassLoss loss, Regularizer regularizer,
                           Initializer initializer, OptimizerSpec optimizer, TrainerSpec trainer) {
        this(architecture, loss, regularizer, initializer, optimizer, trainer, Objective::new);
    }

    @Override
    public Classifier fit(Dataset train, RandomGenerator rng, History history) {
        int k = train.numClasses();
        loss.checkClasses(k);
        Model model = architecture.apply(train.cols(), loss.numOutputs(k));
        model.initialize(initializer, rng);
        new Trainer(trainer).train(objective.create(model, loss, regularizer), optimizer, train, rng, history);
        if (!versus.math.Vectors.allFinite(model.parameters())) {
            throw new DivergedException(trainer.epochs(), Double.NaN);
        }
        return new ModelClassifier(model, loss, k, MarginAnalytics.of(model, loss, train));
    }
}
