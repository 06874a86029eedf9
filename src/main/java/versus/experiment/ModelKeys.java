package versus.experiment;

import java.util.Map;
import versus.experiment.ExperimentConfig.ModelConfig;

/** The model keys that belong to one family of models, for refusing them on the others. */
final class ModelKeys {
    private ModelKeys() {
    }

    static Map<String, Object> kernel(ModelConfig m) {
        return ConfigChecks.keys("kernel", m.kernel(), "C", m.c(), "gamma", m.gamma(), "degree", m.degree(), "coef0", m.coef0(),
                "multiclass", m.multiclass());
    }

    static Map<String, Object> mlp(ModelConfig m) {
        return ConfigChecks.keys("hidden", m.hidden(), "activation", m.activation(), "output", m.output(), "dropout", m.dropout(),
                "input-noise", m.inputNoise(), "batch-norm", m.batchNorm());
    }

    static Map<String, Object> gradient(ModelConfig m) {
        return ConfigChecks.keys("loss", m.loss(), "objective", m.objective(), "regularizer", m.regularizer(), "optimizer", m.optimizer(),
                "epochs", m.epochs(), "batch-size", m.batchSize(), "shuffle", m.shuffle(), "early-stopping", m.earlyStopping(),
                "init", m.init(), "average-from", m.averageFrom(), "trace-objective", m.traceObjective(), "clip", m.clip());
    }
}
