package versus.experiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import versus.eval.GridSearch;
import versus.eval.Metric;
import versus.experiment.ExperimentConfig.ModelConfig;
import versus.experiment.ExperimentConfig.OptimizerConfig;
import versus.experiment.ExperimentPlan.DataSpec;
import versus.experiment.ExperimentPlan.ModelSpec;
import versus.loss.LossCatalog;
import versus.loss.MulticlassLoss;
import versus.model.ActivationCatalog;
import versus.model.HiddenUnits;
import versus.model.Initializer;
import versus.model.Mlp;
import versus.model.MlpOptions;
import versus.model.LinearModel;
import versus.objective.Objective;
import versus.objective.PairwiseObjective;
import versus.objective.Regularizer;
import versus.optim.Lbfgs;
import versus.optim.Minimizer;
import versus.train.GradientLearner;
import versus.train.TrainerSpec;
import versus.train.Budget;

/**
 * The {@code models:} section: every model kind with its own keys, grids for nested tuning and
 * per-model data set restrictions.
 */
final class ModelPlanner {
    private final YamlSource src;
    private final ConfigChecks check;
    private final TrainingPlanner training;
    private final java.util.Optional<Budget> budget;
    private final MultiLabelPlanner multiLabel;
    private final FixedNetworkPlanner fixedNetworks;
    private final BaselinePlanner baselines;
    private final KernelSvmPlanner kernelSvms;
    private final LinearSolverPlanner linearSolvers;

    ModelPlanner(ConfigChecks check, TrainingPlanner training, java.util.Optional<Budget> budget) {
        this.check = check;
        this.src = check.source();
        this.training = training;
        this.budget = budget;
        this.multiLabel = new MultiLabelPlanner(check, training, budget);
        this.fixedNetworks = new FixedNetworkPlanner(check, budget);
        this.baselines = new BaselinePlanner(check, training);
        this.kernelSvms = new KernelSvmPlanner(check, budget);
        this.linearSolvers = new LinearSolverPlanner(check, training);
    }

    List<ModelSpec> models(List<ModelConfig> list, Metric tuningMetric) {
        if (list == null || list.isEmpty()) {
            throw src.error("", "missing 'models': give at least one model");
        }
        List<ModelSpec> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "/models/" + i;
            ModelConfig m = list.get(i);
            if (m == null || m.name() == null) {
                throw src.error(at, "every model needs a 'name' (its label in every table)");
            }
            if (!names.add(m.name())) {
                throw src.error(at + "/name", "model name '" + m.name() + "' is used twice; names must be unique");
            }
            if (m.grid() != null && ("structured-svm".equals(m.model()) || m.multiLabel() != null)) {
                throw src.error(at + "/grid", "grid search tunes on a single-label metric; it is not available for multi-label models");
            }
            if (m.grid() != null) {
                out.add(tuned(m, at, tuningMetric));
                continue;
            }
            if (m.innerFolds() != null) {
                throw src.error(at + "/inner-folds", "key 'inner-folds' applies to models with a 'grid'");
            }
            out.add(model(m, at));
        }
        return out;
    }

    /**
     * A model with {@code grid: {key.path: [values], ...}}: every combination becomes an ordinary
     * model entry, built and checked here, and GridSearch picks one inside each training split by
     * inner cross-validation on the experiment's first metric.
     */
    private ModelSpec tuned(ModelConfig m, String at, Metric metric) {
        if (m.grid().isEmpty()) {
            throw src.error(at + "/grid", "an empty grid; give key paths with lists of values, e.g. {regularizer.lambda: [1e-4, 1e-3]}");
        }
        List<ModelConfig> variants = new ArrayList<>(List.of(new ModelConfig(m.name(), m.model(), m.loss(), m.objective(),
                m.regularizer(), m.optimizer(), m.epochs(), m.batchSize(), m.shuffle(), m.earlyStopping(), m.init(), m.averageFrom(),
                m.traceObjective(), m.kernel(), m.c(), m.gamma(), m.degree(), m.coef0(), m.multiclass(), m.pairsPerQuery(),
                m.hidden(), m.activation(), m.output(), m.layers(), m.datasets(), null, null, m.dropout(), m.inputNoise(),
                m.batchNorm(), m.clip(), m.codeLayer(), m.labelPairs(), m.multiLabel(), m.solver(), m.tolerance(), m.maxIterations(),
                m.bias(), m.patience())));
        List<String> labels = new ArrayList<>(List.of(""));
        for (Map.Entry<String, List<Object>> e : m.grid().entrySet()) {
            String gat = at + "/grid/" + e.getKey();
            if (e.getValue() == null || e.getValue().isEmpty()) {
                throw src.error(gat, "grid key '" + e.getKey() + "' needs a non-empty list of values");
            }
            List<ModelConfig> next = new ArrayList<>();
            List<String> nextLabels = new ArrayList<>();
            for (int v = 0; v < variants.size(); v++) {
                for (Object value : e.getValue()) {
                    ModelConfig variant = variants.get(v);
                    next.add(check.parse(gat, () -> YamlSource.withValue(variant, e.getKey(), value)));
                    nextLabels.add((labels.get(v).isEmpty() ? "" : labels.get(v) + ", ") + e.getKey() + "=" + value);
                }
            }
            variants = next;
            labels = nextLabels;
        }
        List<ModelSpec> specs = new ArrayList<>();
        for (ModelConfig variant : variants) {
            specs.add(model(variant, at));
        }
        int folds = m.innerFolds() == null ? 3 : m.innerFolds();
        List<String> finalLabels = labels;
        if (folds < 2) {
            throw src.error(at + "/inner-folds", "inner-folds must be >= 2, got " + folds);
        }
        String summary = specs.get(0).summary() + "; tuned by inner " + folds + "-fold " + metric.name() + " over " + variants.size()
                + " grid points (" + String.join(", ", m.grid().keySet()) + ")";
        List<ModelSpec> candidates = specs;
        return new ModelSpec(m.name(), at, summary, k -> {
            List<GridSearch.Candidate> list = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                list.add(new GridSearch.Candidate(finalLabels.get(i), candidates.get(i).learnerFor().apply(k)));
            }
            return new GridSearch(list, folds, metric);
        }, specs.get(0).ranker());
    }

    /** One model entry without a grid, wrapped in binary relevance when the YAML asks for it. */
    private ModelSpec model(ModelConfig m, String at) {
        String kind = m.model() == null ? "linear" : m.model();
        if (!kind.equals("structured-svm")) {
            check.onlyFor(at, "model " + kind + " (it is a key of model structured-svm)", ConfigChecks.keys("label-pairs", m.labelPairs()));
        }
        if (!kind.equals("structured-svm") && !kind.equals("linear")) {
            check.onlyFor(at, "model " + kind + " (it is a key of models linear and structured-svm)", ConfigChecks.keys("solver", m.solver()));
        }
        if (!kind.equals("structured-svm") && !kind.equals("linear") && !kind.equals("mlp")) {
            check.onlyFor(at, "model " + kind + " (it is a key of models linear, mlp and structured-svm)", ConfigChecks.keys(
                    "tolerance", m.tolerance()));
        }
        if (!kind.equals("linear")) {
            check.onlyFor(at, "model " + kind + " (it is a key of model linear)", LinearSolverPlanner.keys(m));
        }
        if (!kind.equals("mlp")) {
            check.onlyFor(at, "model " + kind + " (it is a key of model mlp: epochs without improvement of the training loss)",
                    ConfigChecks.keys("patience", m.patience()));
        }
        ModelSpec single = singleModel(m, at, kind);
        return m.multiLabel() == null ? single : multiLabel.binaryRelevance(single, m, at);
    }

    /** The model itself, by kind. */
    private ModelSpec singleModel(ModelConfig m, String at, String kind) {
        if (!kind.equals("fixed-network")) {
            check.onlyFor(at, "model " + kind + " (layers are for fixed-network)", ConfigChecks.keys("layers", m.layers()));
        }
        if (!kind.equals("autoencoder")) {
            check.onlyFor(at, "model " + kind + " (code-layer is for autoencoder)", ConfigChecks.keys("code-layer", m.codeLayer()));
        }
        switch (kind) {
            case "linear":
                check.onlyFor(at, "model linear", ModelKeys.kernel(m));
                check.onlyFor(at, "model linear", ModelKeys.mlp(m));
                return gradientModel(m, at, linearArchitecture());
            case "mlp":
                check.onlyFor(at, "model mlp", ModelKeys.kernel(m));
                return gradientModel(m, at, mlpArchitecture(m, at));
            case "autoencoder":
                check.onlyFor(at, "model autoencoder", ModelKeys.kernel(m));
                return new AutoencoderPlanner(src).model(m, at, (mlp, mat) -> gradientModel(mlp, mat, mlpArchitecture(mlp, mat)));
            case "fixed-network":
                check.onlyFor(at, "model fixed-network (weights given, nothing trained)", ModelKeys.gradient(m));
                check.onlyFor(at, "model fixed-network", ModelKeys.kernel(m));
                check.onlyFor(at, "model fixed-network", ModelKeys.mlp(m));
                return fixedNetworks.model(m, at);
            case "smile-logistic", "smile-svm", "smile-mlp":
                return smile(kind, m, at);
            case "structured-svm":
                check.onlyFor(at, "model structured-svm", ModelKeys.kernel(m));
                check.onlyFor(at, "model structured-svm", ModelKeys.mlp(m));
                return multiLabel.structuredSvm(m, at);
            case "kernel-svm":
                check.onlyFor(at, "model kernel-svm (trained by SMO on its dual)", ModelKeys.gradient(m));
                check.onlyFor(at, "model kernel-svm", ModelKeys.mlp(m));
                return kernelSvms.model(m, at);
            default:
                throw src.error(at + "/model", "unknown model '" + kind + "'; available: " + String.join(", ", Registry.MODELS.keySet()));
        }
    }

    /**
     * What differs between gradient-trained models: the parametric architecture, its default
     * initializer, and how output map and loss name become an output coding for K classes.
     */
    private record Architecture(String description, java.util.function.BiFunction<Integer, Integer, versus.model.Model> make,
                                Initializer defaultInit, String defaultLoss, java.util.function.BiFunction<String, Integer, MulticlassLoss> coding,
                                boolean linear, TrainingDefaults defaults) {
        Architecture(String description, java.util.function.BiFunction<Integer, Integer, versus.model.Model> make,
                     Initializer defaultInit, String defaultLoss, java.util.function.BiFunction<String, Integer, MulticlassLoss> coding,
                     boolean linear) {
            this(description, make, defaultInit, defaultLoss, coding, linear, TrainingDefaults.CLASSIC);
        }
    }

    private static Architecture linearArchitecture() {
        return new Architecture("linear", LinearModel::new, new Initializer.Zero(), null, LossCatalog::coding, true);
    }

    /**
     * How a gradient-trained kind trains when its YAML does not say: the epoch count (the maximum
     * when a stopping rule is on), the batch size, the penalty (empty: the regularizer key's own
     * default, L2 1e-4), and the stopping rule on training-loss stagnation, if any.
     */
    private record TrainingDefaults(int epochs, int batchSize, java.util.Optional<Regularizer> regularizer,
                                    java.util.Optional<TrainerSpec.Stagnation> stagnation) {
        /** First-order linear models and autoencoders: 100 epochs of batches of 32, no stopping rule. */
        static final TrainingDefaults CLASSIC = new TrainingDefaults(100, 32, java.util.Optional.empty(), java.util.Optional.empty());
    }

    /** scikit-learn's MLPClassifier {@code alpha}, {@code tol}, {@code n_iter_no_change}, {@code max_iter} and batch size. */
    static final double MLP_ALPHA = 1e-4;
    static final double MLP_TOLERANCE = 1e-4;
    static final int MLP_PATIENCE = 10;
    static final int MLP_EPOCHS = 200;
    static final int MLP_BATCH = 200;
    /** scikit-learn's MLPClassifier {@code hidden_layer_sizes=(100,)} and {@code activation='relu'}. */
    static final int MLP_HIDDEN = 100;
    static final String MLP_ACTIVATION = "relu";
    static final String MLP_OUTPUT = "softmax";

    /**
     * The MLP's training defaults, scikit-learn's MLPClassifier's (Pedregosa et al. 2011, version
     * 1.2): batches of min(200, n) rows, at most 200 epochs, an L2 penalty from alpha = 1e-4, and
     * the stop on training-loss stagnation (tol 1e-4, n_iter_no_change 10:
     * {@link TrainerSpec.Stagnation}). The stagnation rule is on when the YAML gives
     * {@code tolerance} or {@code patience}, or when it fixes nothing that decides the training
     * length: no {@code epochs} (an explicit count trains exactly that many epochs, as before), no
     * {@code early-stopping} (which stops on the validation loss instead, as scikit-learn's
     * {@code early_stopping=True}), no budget and not L-BFGS (which has its own tolerance).
     *
     * <p>The penalty: scikit-learn minimises per batch of B rows the mean loss + alpha/(2B)
     * ||W||^2 (its {@code _backprop} divides the penalty by the batch's row count; biases are not
     * penalised), Versus the mean loss + lambda/2 ||w||^2 (biases not penalised either), so
     * lambda = alpha / B = 1e-4 / 200 = 5e-7. On a training set of n < 200 rows scikit-learn's B is
     * n, a penalty 200/n times larger, still negligible next to the loss.
     */
    private TrainingDefaults mlpDefaults(ModelConfig m, String at) {
        boolean lbfgs = m.optimizer() != null && "lbfgs".equals(m.optimizer().kind());
        boolean explicit = m.tolerance() != null || m.patience() != null;
        String key = at + (m.tolerance() != null ? "/tolerance" : "/patience");
        if (explicit && lbfgs) {
            throw src.error(key, "the training-loss stagnation rule (tolerance, patience) is for first-order optimizers; "
                    + "optimizer lbfgs stops on optimizer.tolerance");
        }
        if (explicit && budget.isPresent()) {
            throw src.error(key, "the experiment sets a budget (" + budget.get().amount() + "), which trains every native model "
                    + "equally; remove tolerance and patience or the budget");
        }
        boolean on = explicit || (m.epochs() == null && m.earlyStopping() == null && budget.isEmpty() && !lbfgs);
        java.util.Optional<TrainerSpec.Stagnation> stagnation = on ? java.util.Optional.of(check.parse(key,
                () -> new TrainerSpec.Stagnation(m.tolerance() == null ? MLP_TOLERANCE : m.tolerance(),
                        m.patience() == null ? MLP_PATIENCE : m.patience())))
                : java.util.Optional.empty();
        return new TrainingDefaults(MLP_EPOCHS, MLP_BATCH, java.util.Optional.of(Regularizer.ElasticNet.l2(MLP_ALPHA / MLP_BATCH)), stagnation);
    }

    /**
     * An MLP: hidden widths, hidden units (activation), and the output map that the loss must
     * match: softmax + cross-entropy, sigmoid + logistic (binary cross-entropy; one-vs-rest for
     * K > 2), identity + any margin loss, crammer-singer, weston-watkins or mse.
     */
    private Architecture mlpArchitecture(ModelConfig m, String at) {
        int[] hidden = m.hidden() == null ? new int[] {MLP_HIDDEN} : m.hidden().stream().mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < hidden.length; i++) {
            if (hidden[i] < 1) {
                throw src.error(at + "/hidden/" + i, "hidden layer widths must be >= 1, got " + hidden[i]);
            }
        }
        String activation = m.activation() == null ? MLP_ACTIVATION : m.activation();
        HiddenUnits units = ActivationCatalog.units(activation).orElseThrow(() -> src.error(at + "/activation",
                "unknown activation '" + activation + "'; available: " + String.join(", ", ActivationCatalog.names())));
        check.parse(at + "/activation", () -> {
            Mlp.requireTrainable(units);
            return units;
        });
        String output = m.output() == null ? MLP_OUTPUT : m.output();
        String defaultLoss;
        java.util.function.Predicate<String> fits;
        switch (output) {
            case "softmax" -> {
                defaultLoss = "cross-entropy";
                fits = l -> l.equals("cross-entropy") || l.equals("softmax");
            }
            case "sigmoid" -> {
                defaultLoss = "logistic";
                fits = l -> l.equals("logistic") || l.equals("cross-entropy");
            }
            case "sparsemax" -> {
                defaultLoss = "sparsemax";
                fits = l -> l.equals("sparsemax");
            }
            case "identity" -> {
                defaultLoss = null;
                fits = l -> !l.equals("softmax") && !l.equals("cross-entropy") && !l.equals("sparsemax");
            }
            default -> throw src.error(at + "/output", "unknown output '" + output + "'; available: identity, sigmoid, softmax, sparsemax");
        }
        if (m.loss() != null && LossCatalog.known(m.loss()) && !fits.test(m.loss())) {
            throw src.error(at + "/loss", "loss '" + m.loss() + "' does not go with output " + output + ": softmax takes "
                    + "cross-entropy, sigmoid takes logistic (binary cross-entropy), sparsemax takes sparsemax, identity takes margin "
                    + "losses, crammer-singer, weston-watkins or mse");
        }
        // an mlp starts from Glorot-uniform weights for every activation, as scikit-learn's MLPClassifier (its relu default
        // included); an autoencoder keeps He init for the relu family and its classic training defaults
        boolean autoencoder = "autoencoder".equals(m.model());
        boolean reluFamily = activation.contains("relu") || activation.equals("elu") || activation.equals("maxout");
        Initializer init = autoencoder && reluFamily ? new Initializer.Kaiming() : new Initializer.Xavier();
        MlpOptions options = check.parse(at, () -> new MlpOptions(m.dropout() == null ? 0 : m.dropout(),
                m.inputNoise() == null ? 0 : m.inputNoise(), m.batchNorm() != null && m.batchNorm()));
        String description = "mlp " + java.util.Arrays.toString(hidden) + " " + activation + ", output " + output
                + (options.summary().isEmpty() ? "" : ", " + options.summary());
        return new Architecture(description, (d, k) -> new Mlp(d, hidden, units, k, options), init, defaultLoss,
                (loss, k) -> output.equals("sigmoid") ? LossCatalog.coding("logistic", k) : LossCatalog.coding(loss, k), false,
                autoencoder ? TrainingDefaults.CLASSIC : mlpDefaults(m, at));
    }

    /**
     * The Smile 3.1.1 baselines (versus.baseline): an independent implementation next to each
     * native model, trained on the same splits with the same standardization.
     */
    private ModelSpec smile(String kind, ModelConfig m, String at) {
        return unbudgeted(baselines.model(kind, m, at), "Smile trains its own way");
    }

    /** With a budget, says in the models table that this model is not held to it, and why. */
    private ModelSpec unbudgeted(ModelSpec spec, String why) {
        return budget.isEmpty() ? spec : new ModelSpec(spec.name(), spec.pointer(), spec.summary()
                + "; not budgeted (" + why + ")", spec.learnerFor(), spec.ranker(), spec.onlyDatasets());
    }

    /** Applies each model's optional {@code datasets: [names]}, which must name data sets of the file. */
    List<ModelSpec> restrict(List<ModelSpec> specs, List<ModelConfig> configs, List<DataSpec> data) {
        List<ModelSpec> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        data.forEach(d -> names.add(d.name()));
        for (int i = 0; i < specs.size(); i++) {
            List<String> only = configs.get(i).datasets();
            if (only == null) {
                out.add(specs.get(i));
                continue;
            }
            for (int j = 0; j < only.size(); j++) {
                if (!names.contains(only.get(j))) {
                    throw src.error("/models/" + i + "/datasets/" + j, "no dataset named '" + only.get(j) + "'; datasets: " + names);
                }
            }
            out.add(specs.get(i).restrictedTo(new HashSet<>(only)));
        }
        return out;
    }

    /**
     * A linear model with no optimizer: solved to a tolerance by {@link LinearSolverPlanner}'s
     * solver, with early stopping if asked for, and the experiment's budget if there is one.
     */
    private ModelSpec exactLinear(ModelConfig m, String at, String loss, LinearSolverPlanner.Plan plan) {
        Initializer init = m.init() == null ? new Initializer.Zero() : training.initializer(m.init(), at + "/init");
        TrainerSpec trainer = check.parse(at, () -> budgeted(new TrainerSpec(plan.maxIterations(), Integer.MAX_VALUE, false,
                training.earlyStopping(m.earlyStopping(), at + "/early-stopping")))
                .withObjectiveTrace(m.traceObjective() != null && m.traceObjective()));
        java.util.function.BiFunction<Integer, Integer, versus.model.Model> make = plan.penalisedBias()
                ? LinearModel::withPenalisedBias : LinearModel::new;
        String summary = plan.summary() + (m.init() == null ? "" : ", " + init.name() + " init")
                + budget.map(b -> ", budget " + b.amount()).orElse("")
                + trainer.earlyStopping().map(e -> ", early stopping (patience " + e.patience() + ")").orElse("");
        return new ModelSpec(m.name(), at, summary, numClasses -> new GradientLearner(make, LossCatalog.coding(loss, numClasses),
                plan.regularizer(), init, plan.minimizer(), trainer, Objective::new, plan.cost()), false);
    }

    private ModelSpec gradientModel(ModelConfig m, String at, Architecture given) {
        String loss = m.loss() != null ? m.loss() : given.defaultLoss();
        if (loss == null) {
            throw src.error(at, "model '" + m.name() + "' needs a 'loss'; known: " + String.join(", ", LossCatalog.names()));
        }
        if (!LossCatalog.known(loss)) {
            throw src.error(at + "/loss", "unknown loss '" + loss + "'; known: " + String.join(", ", LossCatalog.names()));
        }
        String objectiveKind = m.objective() == null ? "pointwise" : m.objective();
        if (!objectiveKind.equals("pointwise") && !objectiveKind.equals("pairwise")) {
            throw src.error(at + "/objective", "unknown objective '" + objectiveKind + "'; allowed: pointwise, pairwise (ranking)");
        }
        boolean pairwise = objectiveKind.equals("pairwise");
        if (!pairwise && m.pairsPerQuery() != null) {
            throw src.error(at + "/pairs-per-query", "key 'pairs-per-query' applies to objective pairwise");
        }
        if (pairwise && !LossCatalog.marginLosses().containsKey(loss)) {
            throw src.error(at + "/loss", "objective pairwise applies a margin loss to score differences; '" + loss
                    + "' is not one; use hinge (ranking SVM), logistic (RankNet), squared-hinge, ...");
        }
        if (pairwise && m.earlyStopping() != null) {
            throw src.error(at + "/early-stopping", "early stopping is not available for objective pairwise (its validation split is not query-aware)");
        }
        GradientLearner.ObjectiveFactory objectiveFactory = pairwise ? GradientLearner.pairwise(pairsPerQuery(m, at)) : Objective::new;
        if (given.linear()) {
            java.util.Optional<ModelSpec> dual = linearSolvers.dual(m, at, loss, pairwise, budget.isPresent());
            if (dual.isPresent()) {
                return dual.get();
            }
            java.util.Optional<LinearSolverPlanner.Plan> exact = linearSolvers.plan(m, at, loss, pairwise);
            if (exact.isPresent()) {
                return exactLinear(m, at, loss, exact.get());
            }
        }
        Architecture arch = given.linear() && linearSolvers.penalisedBias(m, at, loss, false)
                ? new Architecture("linear, bias penalised", LinearModel::withPenalisedBias, given.defaultInit(), null, given.coding(), true)
                : given;
        Regularizer reg = m.regularizer() == null && arch.defaults().regularizer().isPresent() ? arch.defaults().regularizer().get()
                : training.regularizer(m.regularizer(), at + "/regularizer");
        Initializer init = m.init() == null ? arch.defaultInit() : training.initializer(m.init(), at + "/init");
        OptimizerConfig oc = m.optimizer() == null
                ? new OptimizerConfig("adam", null, null, null, null, null, null, null, null, null, null, null) : m.optimizer();
        Minimizer opt = training.minimizer(oc, reg, at + "/optimizer");
        boolean lbfgs = opt instanceof Lbfgs;
        boolean fullBatch = "gd".equals(oc.kind()) || lbfgs;
        if (fullBatch && m.batchSize() != null) {
            throw src.error(at + "/batch-size", "optimizer " + oc.kind() + " uses the whole training set per step; remove batch-size or use sgd");
        }
        if (lbfgs) {
            // its line search compares J at several points, so J must be deterministic and smooth enough to bracket
            check.onlyFor(at, "optimizer lbfgs (one deterministic full-batch objective)", ConfigChecks.keys("shuffle", m.shuffle(),
                    "average-from", m.averageFrom(), "clip", m.clip(), "dropout", m.dropout(), "input-noise", m.inputNoise(),
                    "batch-norm", m.batchNorm()));
        }
        if (budget.isPresent() && m.epochs() != null) {
            throw src.error(at + "/epochs", "model '" + m.name() + "' sets epochs and the experiment sets a budget ("
                    + budget.get().amount() + "); remove one: the budget trains every native model equally");
        }
        TrainerSpec unstopped = check.parse(at, () -> budgeted(new TrainerSpec(
                m.epochs() == null ? arch.defaults().epochs() : m.epochs(),
                fullBatch ? Integer.MAX_VALUE : m.batchSize() == null ? arch.defaults().batchSize() : m.batchSize(),
                m.shuffle() == null ? !fullBatch : m.shuffle(),
                training.earlyStopping(m.earlyStopping(), at + "/early-stopping"))
                .withAveraging(m.averageFrom() == null ? 0 : m.averageFrom())
                .withObjectiveTrace(m.traceObjective() != null && m.traceObjective())));
        TrainerSpec base = arch.defaults().stagnation().map(unstopped::withStagnation).orElse(unstopped);
        boolean project = oc.projection() != null ? oc.projection() : "pegasos".equals(oc.kind()); // the paper's default
        TrainerSpec projected = project ? base.withConstraint(training.pegasosBall(reg, at + "/optimizer/projection")) : base;
        TrainerSpec trainer = m.clip() == null ? projected : projected.withClipping(training.clipping(m.clip(), at + "/clip"));
        String summary = arch.description() + ", loss " + loss + ", " + describe(reg) + ", " + init.name() + " init, " + oc.kind()
                + (lbfgs ? " (full batch, memory " + ((Lbfgs) opt).memory() + ", tolerance " + ((Lbfgs) opt).tolerance() + "), "
                        + budget.map(b -> "budget " + b.amount()).orElse("at most " + trainer.epochs() + " iterations")
                        : describeRate(opt) + (fullBatch ? " (full batch)" : " (batch " + batchText(trainer.batchSize()) + ")") + ", "
                        + budget.map(b -> "budget " + b.amount()).orElse(trainer.stagnation().isPresent() ? "at most " + trainer.epochs()
                                + " epochs" : trainer.epochs() + " epochs"))
                + trainer.stagnation().map(st -> ", stops when the training loss has not improved by " + st.tolerance() + " for more than "
                        + st.patience() + " epochs").orElse("")
                + trainer.earlyStopping().map(e -> ", early stopping (patience " + e.patience() + ")").orElse("")
                + (trainer.averageFrom() > 0 ? ", iterates averaged from epoch " + trainer.averageFrom() : "")
                + trainer.constraint().map(c -> ", projected onto ||w|| <= 1/sqrt(lambda)").orElse("")
                + (m.clip() == null ? "" : m.clip().norm() != null ? ", gradients clipped to norm " + m.clip().norm()
                        : ", gradients clipped to +-" + m.clip().value());
        String fullSummary = pairwise ? summary.replaceFirst(", loss ", " ranking score, pairwise loss ")
                + ", " + (m.pairsPerQuery() == null ? "100" : m.pairsPerQuery()) + " pairs per query and epoch" : summary;
        return new ModelSpec(m.name(), at, fullSummary, numClasses -> {
            MulticlassLoss coding = arch.coding().apply(loss, pairwise ? 2 : numClasses);
            return new GradientLearner(arch.make(), coding, reg, init, opt, trainer, objectiveFactory);
        }, pairwise);
    }

    /** The experiment's budget applied to a gradient-trained model's trainer, if there is one. */
    private TrainerSpec budgeted(TrainerSpec spec) {
        return budget.map(spec::withBudget).orElse(spec);
    }

    private int pairsPerQuery(ModelConfig m, String at) {
        String v = m.pairsPerQuery();
        if (v == null) {
            return 100;
        }
        if (v.equals("all")) {
            return PairwiseObjective.ALL_PAIRS;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw src.error(at + "/pairs-per-query", "pairs-per-query must be an integer >= 1 or 'all', got " + v);
    }

    /** " learning rate r" (or the schedule) of a first-order optimizer, for the models table; "" for others. */
    private static String describeRate(Minimizer opt) {
        versus.optim.Schedule s;
        if (opt instanceof versus.optim.Adam o) {
            s = o.schedule();
        } else if (opt instanceof versus.optim.Sgd o) {
            s = o.schedule();
        } else if (opt instanceof versus.optim.Momentum o) {
            s = o.schedule();
        } else if (opt instanceof versus.optim.AdaGrad o) {
            s = o.schedule();
        } else if (opt instanceof versus.optim.RmsProp o) {
            s = o.schedule();
        } else {
            return "";
        }
        if (s instanceof versus.optim.Schedule.Constant c) {
            return " learning rate " + c.rate();
        }
        if (s instanceof versus.optim.Schedule.Inverse i) {
            return " rate " + i.a() + " / (" + i.b() + " + t)";
        }
        if (s instanceof versus.optim.Schedule.InverseSqrt i) {
            return " rate " + i.rate() + " / sqrt(t)";
        }
        if (s instanceof versus.optim.Schedule.Step st) {
            return " rate " + st.rate() + " x " + st.factor() + " every " + st.every() + " steps";
        }
        if (s instanceof versus.optim.Schedule.Exponential e) {
            return " rate " + e.rate() + " exp(-" + e.decay() + " (t - 1))";
        }
        return " schedule " + s;
    }

    /** A batch size as the trainer uses it: min(size, n). */
    private static String batchText(int size) {
        return size == MLP_BATCH ? "min(" + size + ", n)" : String.valueOf(size);
    }

    private static String describe(Regularizer r) {
        if (r instanceof Regularizer.ElasticNet e) {
            return r.name() + " " + e.lambda();
        }
        if (r instanceof Regularizer.WeightElimination w) {
            return "weight elimination " + w.lambda() + " (w0 " + w.w0() + ")";
        }
        return "no penalty";
    }

}
