package versus.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import versus.eval.Metrics;
import versus.loss.LossCatalog;
import versus.model.Initializer;

/**
 * The names the experiment YAML accepts, with one line each, as {@code versus list} prints them.
 * {@link PlanBuilder} resolves names against these same tables, so the list never lies.
 */
public final class Registry {
    private Registry() {
    }

    static final Map<String, String> MODELS = table(
            "linear", "K x (d+1) linear scores with any loss: logistic/softmax regression, linear SVMs, perceptron; without optimizer solved "
                    + "exactly (solver newton for smooth losses, dual-cd for hinge, crammer-singer, weston-watkins; see versus list solvers) "
                    + "at C = 1 (lambda 1/n_train), keys tolerance, max-iterations, bias (penalised, unpenalised), solver",
            "mlp", "multi-layer perceptron, hand-written backprop; keys hidden ([" + ModelPlanner.MLP_HIDDEN + "]), activation ("
                    + ModelPlanner.MLP_ACTIVATION + "), output (" + ModelPlanner.MLP_OUTPUT + "), loss (cross-entropy), init (glorot-uniform); "
                    + "trains with adam (learning-rate " + number(versus.optim.Adam.DEFAULT_RATE) + ") on batches of min("
                    + ModelPlanner.MLP_BATCH + ", n) for at most " + ModelPlanner.MLP_EPOCHS + " epochs, stopping when the training loss "
                    + "has not improved by tolerance (" + number(ModelPlanner.MLP_TOLERANCE) + ") for patience ("
                    + ModelPlanner.MLP_PATIENCE + ") epochs (scikit-learn's MLPClassifier defaults)",
            "autoencoder", "mlp trained to reproduce its input (identity output, mse) with a narrow code layer; keys hidden ([32, 2, 32]), code-layer (the narrowest), activation, input-noise (denoising), ...; classes from a softmax probe on the codes",
            "fixed-network", "weights and thresholds given in YAML (layers: weights, biases, activation step/sign/...); not trained",
            "smile-logistic", "baseline: Smile 3.1.1 LogisticRegression; key regularizer {kind: l2, lambda}",
            "smile-svm", "baseline: Smile 3.1.1 SVM (LASVM); keys kernel (linear, rbf; default " + KernelSvmPlanner.DEFAULT_KERNEL
                    + "), C (" + number(KernelSvmPlanner.DEFAULT_C) + "), gamma (a number or scale, the default)",
            "smile-mlp", "baseline: Smile 3.1.1 MLP (OpenBLAS, linux-x86_64 only); keys hidden ([" + ModelPlanner.MLP_HIDDEN + "]), activation ("
                    + ModelPlanner.MLP_ACTIVATION + "), optimizer {kind: sgd, learning-rate (" + number(BaselinePlanner.SMILE_MLP_RATE)
                    + ")}, epochs (" + BaselinePlanner.SMILE_MLP_EPOCHS + "), batch-size (" + BaselinePlanner.SMILE_MLP_BATCH + ")",
            "kernel-svm", "C-SVC trained by SMO; keys kernel (linear, poly, rbf; default " + KernelSvmPlanner.DEFAULT_KERNEL + "), C ("
                    + number(KernelSvmPlanner.DEFAULT_C) + "), gamma (a number or scale, the default), degree ("
                    + KernelSvmPlanner.DEFAULT_DEGREE + "), coef0 (" + number(KernelSvmPlanner.DEFAULT_COEF0)
                    + "), multiclass (one-vs-one, one-vs-rest)",
            "structured-svm", "multi-label structured SVM (Hamming loss, margin rescaling); keys regularizer {kind: l2, lambda}, "
                    + "label-pairs (false), solver (subgradient: epochs, average-from, optimizer pegasos t0; cutting-plane: tolerance, "
                    + "epochs); other models take multi-label: binary-relevance");

    static final Map<String, String> SCHEDULES = table(
            "constant", "eta_t = learning-rate",
            "inverse", "eta_t = a / (b + t); keys a (default learning-rate * b), b (default 1)",
            "inverse-sqrt", "eta_t = learning-rate / sqrt(t)",
            "step", "eta_t = learning-rate * factor^floor((t-1)/every); keys factor (0.5), every",
            "exponential", "eta_t = learning-rate * exp(-decay (t-1)); key decay",
            "pegasos", "eta_t = 1 / (lambda t) with lambda of the L2 regularizer");

    static final Map<String, String> REGULARIZERS = table(
            "none", "no penalty",
            "l2", "lambda/2 ||w||^2 (weight decay; biases never penalised)",
            "l1", "lambda ||w||_1",
            "elastic-net", "lambda (l1-ratio ||w||_1 + (1 - l1-ratio)/2 ||w||^2)",
            "weight-elimination", "lambda sum w^2 / (w0^2 + w^2) (Weigend et al. 1991); key w0 (1.0)");

    /** Each initializer from its YAML entry (a bare name leaves the parameter at its default). */
    static final Map<String, java.util.function.Function<ExperimentConfig.InitConfig, Initializer>> INITIALIZERS = new LinkedHashMap<>();

    static final Map<String, String> INITIALIZER_DOCS = table(
            "zero", "every weight 0 (linear models' default; a hidden layer needs random weights to break symmetry)",
            "constant", "every weight = value (default 0.01): {kind: constant, value: v}",
            "uniform", "U(-a, a), a = 0.05 unless {kind: uniform, a: ...}",
            "normal", "N(0, std^2), std = 0.01 unless {kind: normal, std: ...}",
            "xavier", "Glorot and Bengio 2010: U(-sqrt(6/(fan_in + fan_out)), +sqrt(...)) (default of tanh-like MLPs)",
            "xavier-normal", "Glorot and Bengio 2010: N(0, 2/(fan_in + fan_out))",
            "kaiming", "He et al. 2015: N(0, 2/fan_in) (default of relu-family MLPs)");

    static {
        INITIALIZERS.put("zero", c -> new Initializer.Zero());
        INITIALIZERS.put("constant", c -> new Initializer.Constant(c.value() == null ? 0.01 : c.value()));
        INITIALIZERS.put("uniform", c -> new Initializer.Uniform(c.a() == null ? 0.05 : c.a()));
        INITIALIZERS.put("normal", c -> new Initializer.Normal(c.std() == null ? 0.01 : c.std()));
        INITIALIZERS.put("xavier", c -> new Initializer.Xavier());
        INITIALIZERS.put("xavier-normal", c -> new Initializer.XavierNormal());
        INITIALIZERS.put("kaiming", c -> new Initializer.Kaiming());
    }

    static final Map<String, String> PROTOCOLS = table(
            "holdout", "one random train/test cut; keys test-fraction (0.25), repeats (random subsampling), stratified",
            "kfold", "k-fold cross-validation; keys k (10), repeats, stratified (default true)",
            "nested", "nested cross-validation: outer k-fold (keys as kfold) with every model grid tuned by inner CV (the model's inner-folds) in each outer training split",
            "train-test", "the dataset's file for training and its test-path for testing",
            "predefined", "folds from a CSV 'index,fold' (path), e.g. made by another tool",
            "resubstitution", "train and test on all rows (training-set score; for truth tables)",
            "loo", "leave-one-out (leave-one-query-out with qid)",
            "bootstrap", "resamples (200) drawn with replacement, tested out of bag; estimator oob, 632 (default) or 632+");

    static final Map<String, String> TESTS = table(
            "corrected-t", "corrected resampled t-test per data set (Nadeau and Bengio 2003); repeated holdout, k-fold, bootstrap",
            "5x2cv", "5x2cv paired t-test per data set (Dietterich 1998); protocol kfold k 2 repeats 5",
            "mcnemar", "McNemar's test on one holdout (McNemar 1947; exact binomial below 25 disagreements)",
            "wilcoxon", "Wilcoxon signed-rank test across data sets (Demsar 2006)",
            "friedman-nemenyi", "Friedman test with Iman-Davenport F and the Nemenyi post-hoc test across data sets (Demsar 2006)",
            "bayesian-rope", "Bayesian correlated t-test with a region of practical equivalence, key rope (Benavoli et al. 2017)");

    /** What {@code versus list WHAT} prints: name -> description, in order. */
    public static Map<String, String> list(String what) {
        switch (what) {
            case "models": return MODELS;
            case "losses": {
                Map<String, String> m = new LinkedHashMap<>();
                LossCatalog.marginLosses().values().forEach(e -> m.put(e.name(), "margin loss: " + e.description()));
                LossCatalog.multiclassLosses().values().forEach(e -> m.put(e.name(), e.description()));
                return m;
            }
            case "optimizers": return OptimizerKinds.descriptions();
            case "solvers": return LinearSolverPlanner.SOLVERS;
            case "schedules": return SCHEDULES;
            case "regularizers": return REGULARIZERS;
            case "inits": return INITIALIZER_DOCS;
            case "metrics": {
                Map<String, String> m = new LinkedHashMap<>();
                for (String n : Metrics.names()) {
                    m.put(n, Metrics.byName(n).orElseThrow().higherIsBetter() ? "higher is better" : "lower is better");
                }
                return m;
            }
            case "protocols": return PROTOCOLS;
            case "tests": return TESTS;
            case "activations": {
                Map<String, String> m = new LinkedHashMap<>();
                for (String n : versus.model.ActivationCatalog.names()) {
                    m.put(n, versus.model.ActivationCatalog.describe(n));
                }
                return m;
            }
            case "plots": return FigureKinds.descriptions();
            default:
                throw new IllegalArgumentException("unknown list '" + what + "'; choose one of " + String.join(", ", categories()));
        }
    }

    public static java.util.List<String> categories() {
        return java.util.List.of("models", "losses", "optimizers", "solvers", "schedules", "regularizers", "inits", "activations",
                "metrics", "protocols", "tests", "plots");
    }

    /** A default as a reader writes it: 0.01, 0.999, 1e-8, 10. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return Long.toString((long) v);
        }
        if (Math.abs(v) >= 1e-3 && Math.abs(v) < 1e7) {
            return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
        return Double.toString(v).replace(".0E", "E").replace("E", "e");
    }

    static Map<String, String> table(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
