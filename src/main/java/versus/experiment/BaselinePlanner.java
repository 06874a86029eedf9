package versus.experiment;

import versus.experiment.ExperimentConfig.ModelConfig;
import versus.experiment.ExperimentConfig.OptimizerConfig;
import versus.experiment.ExperimentPlan.ModelSpec;
import versus.model.Activation;
import versus.objective.Regularizer;
import versus.svm.Kernel;
import versus.baseline.SmileLogistic;
import versus.baseline.SmileMlp;
import versus.baseline.SmileSvm;

/**
 * The Smile 3.1.1 baselines (versus.baseline): {@code smile-logistic}, {@code smile-svm} and
 * {@code smile-mlp}, an independent implementation next to each native model, trained on the same
 * splits with the same standardization.
 */
final class BaselinePlanner {
    private final YamlSource src;
    private final ConfigChecks check;
    private final TrainingPlanner training;

    BaselinePlanner(ConfigChecks check, TrainingPlanner training) {
        this.check = check;
        this.src = check.source();
        this.training = training;
    }

    ModelSpec model(String kind, ModelConfig m, String at) {
        String what = "model " + kind;
        check.onlyFor(at, what, ConfigChecks.keys("loss", m.loss(), "objective", m.objective(), "shuffle", m.shuffle(),
                "early-stopping", m.earlyStopping(), "init", m.init(), "average-from", m.averageFrom(),
                "trace-objective", m.traceObjective(), "degree", m.degree(), "coef0", m.coef0(), "multiclass", m.multiclass(),
                "pairs-per-query", m.pairsPerQuery(), "output", m.output(), "clip", m.clip(), "dropout", m.dropout(),
                "input-noise", m.inputNoise(), "batch-norm", m.batchNorm()));
        switch (kind) {
            case "smile-logistic" -> {
                check.onlyFor(at, what, ModelKeys.kernel(m));
                check.onlyFor(at, what, ConfigChecks.keys("optimizer", m.optimizer(), "epochs", m.epochs(), "batch-size", m.batchSize(),
                        "hidden", m.hidden(), "activation", m.activation()));
                Regularizer reg = training.regularizer(m.regularizer(), at + "/regularizer");
                double lambda = reg instanceof Regularizer.None ? 0 : training.l2Lambda(reg, at + "/regularizer", what);
                SmileLogistic learner = check.parse(at + "/regularizer", () -> new SmileLogistic(lambda));
                return new ModelSpec(m.name(), at, "Smile LogisticRegression (baseline), L2 lambda " + lambda, k -> learner);
            }
            case "smile-svm" -> {
                check.onlyFor(at, what, ConfigChecks.keys("regularizer", m.regularizer(), "optimizer", m.optimizer(), "epochs", m.epochs(),
                        "batch-size", m.batchSize(), "hidden", m.hidden(), "activation", m.activation()));
                String kernel = m.kernel() == null ? "rbf" : m.kernel();
                double c = m.c() == null ? 1.0 : m.c();
                SmileSvm.Kernel k = check.parse(at + "/kernel", () -> SmileSvm.Kernel.of(kernel));
                SmileSvm learner;
                if (k == SmileSvm.Kernel.RBF) {
                    if (m.gamma() == null || m.gamma().equals("scale")) {
                        throw src.error(at, "smile-svm with kernel rbf needs a numeric 'gamma' (gamma: scale is for kernel-svm)");
                    }
                    double gamma = check.parse(at + "/gamma", () -> Double.parseDouble(m.gamma()));
                    learner = check.parse(at, () -> SmileSvm.rbf(c, gamma));
                } else {
                    check.onlyFor(at, what + " with kernel linear", ConfigChecks.keys("gamma", m.gamma()));
                    learner = check.parse(at, () -> SmileSvm.linear(c));
                }
                return new ModelSpec(m.name(), at, "Smile SVM (baseline; LASVM), " + kernel + " kernel, C " + c
                        + (m.gamma() != null ? ", gamma " + m.gamma() : "") + "; one-vs-rest with Platt scores for K > 2", x -> learner);
            }
            default -> {
                check.onlyFor(at, what, ModelKeys.kernel(m));
                check.onlyFor(at, what, ConfigChecks.keys("regularizer", m.regularizer()));
                check.parse(at + "/model", () -> {
                    try {
                        SmileMlp.checkAvailable();
                    } catch (UnsupportedOperationException e) {
                        throw new IllegalArgumentException(e.getMessage());
                    }
                    return true;
                });
                OptimizerConfig oc = m.optimizer();
                if (oc != null && oc.kind() != null && !oc.kind().equals("sgd")) {
                    throw src.error(at + "/optimizer/kind", "smile-mlp trains with SGD only: optimizer {kind: sgd, learning-rate}");
                }
                int[] hidden = m.hidden() == null ? new int[] {32} : m.hidden().stream().mapToInt(Integer::intValue).toArray();
                String activation = m.activation() == null ? "relu" : m.activation();
                double rate = oc == null || oc.learningRate() == null ? 0.01 : oc.learningRate();
                SmileMlp learner = check.parse(at, () -> new SmileMlp(hidden, SmileMlp.Activation.of(activation), rate,
                        m.epochs() == null ? 50 : m.epochs(), m.batchSize() == null ? 32 : m.batchSize()));
                return new ModelSpec(m.name(), at, "Smile MLP (baseline), hidden " + java.util.Arrays.toString(hidden) + " "
                        + activation + ", SGD rate " + rate + ", " + learner.epochs() + " epochs, batch " + learner.batchSize(), k -> learner);
            }
        }
    }
}
