package versus.train;

import versus.loss.BinaryMargin;
import versus.loss.Logistic;
import versus.loss.SoftmaxCrossEntropy;
import versus.model.Initializer;
import versus.model.LinearModel;
import versus.objective.Regularizer;
import versus.optim.OptimizerSpec;

/** Named compositions of the core pieces; a preset is a line of wiring, never new code. */
public final class Presets {
    private Presets() {
    }

    /** Binary logistic regression: linear model, logistic margin loss, L2 penalty lambda. */
    public static GradientLearner logisticRegression(double lambda, OptimizerSpec optimizer, TrainerSpec trainer) {
        return new GradientLearner(LinearModel::new, new BinaryMargin(new Logistic()),
                Regularizer.ElasticNet.l2(lambda), new Initializer.Zero(), optimizer, trainer);
    }

    /** Softmax (multinomial logistic) regression: linear model with K outputs, cross-entropy, L2 penalty lambda. */
    public static GradientLearner softmaxRegression(double lambda, OptimizerSpec optimizer, TrainerSpec trainer) {
        return new GradientLearner(LinearModel::new, new SoftmaxCrossEntropy(),
                Regularizer.ElasticNet.l2(lambda), new Initializer.Zero(), optimizer, trainer);
    }
}
