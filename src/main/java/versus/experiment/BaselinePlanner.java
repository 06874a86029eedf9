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
    /**
     * smile-mlp's training: Smile has plain SGD only (no Adam, no stopping rule), and rate 0.05 on
     * batches of 32 for 100 epochs reaches MLPClassifier()'s accuracy within a point on iris, wine,
     * breast_cancer and digits (experiments/defaults.yaml); its layers are the mlp's.
     */
    static final double SMILE_MLP_RATE = 0.05;
    static final int SMILE_MLP_EPOCHS = 100;
    static final int SMILE_MLP_BATCH = 32;

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
                // no lambda: scikit-learn's and LIBLINEAR's C = 1, lambda = 1 / (C n) per fit, as model linear's default
                boolean costDefault = m.regularizer() == null || (m.regularizer().lambda() == null
                        && (m.regularizer().kind() == null || m.regularizer().kind().equals("l2")));
                if (costDefault) {
                    SmileLogistic learner = SmileLogistic.ofCost(1);
                    return new ModelSpec(m.name(), at, "Smile LogisticRegression (baseline), L2 lambda 1 / (C n) with C 1 (scikit-learn's "
                            + "LogisticRegression(C=1)), L-BFGS (memory 5, gradient tolerance " + SmileLogistic.TOLERANCE + ", at most "
                            + SmileLogistic.MAX_ITERATIONS + " iterations)", k -> learner);
                }
                Regularizer reg = training.regularizer(m.regularizer(), at + "/regularizer");
                double lambda = reg instanceof Regularizer.None ? 0 : training.l2Lambda(reg, at + "/regularizer", what);
                SmileLogistic learner = check.parse(at + "/regularizer", () -> new SmileLogistic(lambda));
                return new ModelSpec(m.name(), at, "Smile LogisticRegression (baseline), L2 lambda " + lambda
                        + " (Smile's n lambda on the summed loss), L-BFGS (memory 5, gradient tolerance " + SmileLogistic.TOLERANCE
                        + ", at most " + SmileLogistic.MAX_ITERATIONS + " iterations)", k -> learner);
            }
            case "smile-svm" -> {
                check.onlyFor(at, what, ConfigChecks.keys("regularizer", m.regularizer(), "optimizer", m.optimizer(), "epochs", m.epochs(),
                        "batch-size", m.batchSize(), "hidden", m.hidden(), "activation", m.activation()));
                String kernel = m.kernel() == null ? KernelSvmPlanner.DEFAULT_KERNEL : m.kernel();
                double c = m.c() == null ? KernelSvmPlanner.DEFAULT_C : m.c();
                SmileSvm.Kernel k = check.parse(at + "/kernel", () -> SmileSvm.Kernel.of(kernel));
                SmileSvm learner;
                if (k == SmileSvm.Kernel.RBF) {
                    boolean scaled = m.gamma() == null || m.gamma().equals("scale");
                    learner = scaled ? check.parse(at + "/C", () -> SmileSvm.rbfScaled(c)) : check.parse(at + "/gamma", () -> {
                        try {
                            return SmileSvm.rbf(c, Double.parseDouble(m.gamma()));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("gamma must be a number > 0 or 'scale', got " + m.gamma());
                        }
                    });
                } else {
                    check.onlyFor(at, what + " with kernel linear", ConfigChecks.keys("gamma", m.gamma()));
                    learner = check.parse(at, () -> SmileSvm.linear(c));
                }
                String gammaText = k != SmileSvm.Kernel.RBF ? "" : m.gamma() == null || m.gamma().equals("scale")
                        ? ", gamma scale (1 / (d var(X)) per training fold)" : ", gamma " + m.gamma();
                return new ModelSpec(m.name(), at, "Smile SVM (baseline; LASVM, one pass, tolerance 1e-3), " + kernel + " kernel, C " + c
                        + gammaText + "; one-vs-rest with Platt scores for K > 2", x -> learner);
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
                int[] hidden = m.hidden() == null ? new int[] {ModelPlanner.MLP_HIDDEN} : m.hidden().stream().mapToInt(Integer::intValue).toArray();
                String activation = m.activation() == null ? ModelPlanner.MLP_ACTIVATION : m.activation();
                double rate = oc == null || oc.learningRate() == null ? SMILE_MLP_RATE : oc.learningRate();
                SmileMlp learner = check.parse(at, () -> new SmileMlp(hidden, SmileMlp.Activation.of(activation), rate,
                        m.epochs() == null ? SMILE_MLP_EPOCHS : m.epochs(), m.batchSize() == null ? SMILE_MLP_BATCH : m.batchSize()));
                return new ModelSpec(m.name(), at, "Smile MLP (baseline), hidden " + java.util.Arrays.toString(hidden) + " "
                        + activation + ", SGD learning rate " + rate + " (batch " + learner.batchSize() + "), " + learner.epochs()
                        + " epochs, no penalty, no stopping rule", k -> learner);
            }
        }
    }
}
