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
import versus.optim.OptimizerSpec;

/**
 * A model trained by minimising loss + regularizer with a first-order optimizer: the
 * composition behind logistic and softmax regression, linear SVMs and MLPs.
 *
 * @param architecture makes a fresh model for (input dimension, number of outputs)
 */
public record GradientLearner(
        BiFunction<Integer, Integer, Model> architecture,
        MulticlassLoss loss,
        Regularizer regularizer,
        Initializer initializer,
        OptimizerSpec optimizer,
        TrainerSpec trainer) implements Learner {

    @Override
    public Classifier fit(Dataset train, RandomGenerator rng, History history) {
        int k = train.numClasses();
        loss.checkClasses(k);
        Model model = architecture.apply(train.cols(), loss.numOutputs(k));
        model.initialize(initializer, rng);
        new Trainer(trainer).train(new Objective(model, loss, regularizer), optimizer, train, rng, history);
        if (!versus.math.Vectors.allFinite(model.parameters())) {
            throw new DivergedException(trainer.epochs(), Double.NaN);
        }
        return new ModelClassifier(model, loss, k, MarginAnalytics.of(model, loss, train));
    }
}
