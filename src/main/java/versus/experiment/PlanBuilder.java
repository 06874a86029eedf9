package versus.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import versus.data.DataFormat;
import versus.data.Dataset;
import versus.data.DatasetLoader;
import versus.data.LoadOptions;
import versus.data.MissingValues;
import versus.data.LetorGenerator;
import versus.data.TeachingSets;
import versus.data.TruthTable;
import versus.eval.Bootstrap;
import versus.eval.GridSearch;
import versus.eval.Holdout;
import versus.eval.LeaveOneOut;
import versus.eval.KFold;
import versus.eval.Metric;
import versus.eval.Metrics;
import versus.eval.Predefined;
import versus.eval.Protocol;
import versus.eval.TrainTest;
import versus.experiment.ExperimentConfig.DatasetConfig;
import versus.experiment.ExperimentConfig.ModelConfig;
import versus.experiment.ExperimentConfig.OptimizerConfig;
import versus.experiment.ExperimentConfig.ProtocolConfig;
import versus.experiment.ExperimentConfig.RegularizerConfig;
import versus.experiment.ExperimentConfig.ScheduleConfig;
import versus.experiment.ExperimentPlan.DataSpec;
import versus.experiment.ExperimentPlan.LoadedData;
import versus.experiment.ExperimentPlan.ModelSpec;
import versus.experiment.ExperimentPlan.ProtocolSpec;
import versus.loss.LossCatalog;
import versus.loss.MulticlassLoss;
import versus.model.Activation;
import versus.model.ActivationCatalog;
import versus.model.FixedNetwork;
import versus.model.HiddenUnits;
import versus.model.Initializer;
import versus.model.Mlp;
import versus.model.MlpOptions;
import versus.model.LinearModel;
import versus.objective.Constraint;
import versus.objective.Objective;
import versus.objective.PairwiseObjective;
import versus.objective.Regularizer;
import versus.optim.AdaGrad;
import versus.optim.Adam;
import versus.optim.Momentum;
import versus.optim.OptimizerSpec;
import versus.optim.RmsProp;
import versus.optim.Schedule;
import versus.optim.Sgd;
import versus.svm.Kernel;
import versus.svm.KernelSvm;
import versus.svm.Multiclass;
import versus.svm.ScaledGammaSvm;
import versus.report.SignificanceSpec;
import versus.stats.FriedmanNemenyi;
import versus.baseline.SmileLogistic;
import versus.baseline.SmileMlp;
import versus.baseline.SmileSvm;
import versus.train.FixedLearner;
import versus.train.GradientLearner;
import versus.train.Learner;
import versus.train.TrainerSpec;

/**
 * Turns an {@link ExperimentConfig} into an {@link ExperimentPlan}: applies defaults, resolves
 * names through the registries and builds every hyperparameter record, so that each mistake
 * surfaces here as a located one-line {@link ConfigException} before anything is trained or
 * written.
 */
public final class PlanBuilder {
    private final YamlSource src;

    /** Metrics whose no-information value the .632+ estimator knows. */
    static final Set<String> NO_INFORMATION_METRICS = Set.of("accuracy", "error");

    private PlanBuilder(YamlSource src) {
        this.src = src;
    }

    public static ExperimentPlan build(YamlSource src) {
        return new PlanBuilder(src).plan();
    }

    private ExperimentPlan plan() {
        ExperimentConfig c = src.config();
        if (c.name() == null || c.name().isBlank()) {
            throw src.error("", "missing 'name': every experiment needs a name (its results folder)");
        }
        if (!c.name().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw src.error("/name", "name '" + c.name() + "' must be letters, digits, '.', '_' or '-' (it names a folder)");
        }
        boolean figuresOnly = c.plots() != null && !c.plots().isEmpty()
                && c.plots().stream().allMatch(p -> p != null && PlotSpec.Kind.parse(p.kind()).map(PlotSpec.Kind::isStatic).orElse(false))
                && (c.datasets() == null || c.datasets().isEmpty()) && (c.models() == null || c.models().isEmpty());
        long seed = c.seed() == null ? 0L : c.seed();
        List<DataSpec> data = figuresOnly ? List.of() : datasets(c.datasets(), seed);
        ProtocolSpec protocol = protocol(c.protocol(), data);
        List<Metric> metrics = metrics(c.metrics());
        List<ModelSpec> models = figuresOnly ? List.of() : restrict(models(c.models(), metrics.get(0)), c.models(), data);
        if (protocol.bootstrapEstimator().filter(Bootstrap.Estimator::needsNoInformation).isPresent()) {
            for (int i = 0; i < metrics.size(); i++) {
                if (!NO_INFORMATION_METRICS.contains(metrics.get(i).name())) {
                    throw src.error(c.metrics() == null ? "/protocol/estimator" : "/metrics/" + i, "the .632+ estimator needs a "
                            + "no-information value, defined here for accuracy and error only; use estimator 632 for "
                            + metrics.get(i).name());
                }
            }
        }
        List<SignificanceSpec> tests = tests(c, data, models, metrics);
        List<PlotSpec> plots = plots(c.plots(), data, models, metrics);
        return new ExperimentPlan(c.name(), c.description() == null ? "" : c.description().strip(), seed,
                data, protocol, models, metrics, tests, plots, src);
    }

    // ---------------------------------------------------------------- data

    private List<DataSpec> datasets(List<DatasetConfig> list, long seed) {
        if (list == null || list.isEmpty()) {
            throw src.error("", "missing 'datasets': give at least one entry with 'path' or 'generator'");
        }
        List<DataSpec> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "/datasets/" + i;
            DataSpec spec = dataset(list.get(i), at, seed);
            if (!names.add(spec.name())) {
                throw src.error(at, "dataset name '" + spec.name() + "' is used twice; give each entry a distinct 'name'");
            }
            out.add(spec);
        }
        return out;
    }

    private DataSpec dataset(DatasetConfig d, String at, long seed) {
        if (d == null) {
            throw src.error(at, "empty dataset entry; give 'path' or 'generator'");
        }
        boolean standardize = d.standardize() == null || d.standardize();
        if ((d.path() == null) == (d.generator() == null)) {
            throw src.error(at, "a dataset entry needs exactly one of 'path' (a file) or 'generator'");
        }
        if (d.generator() != null) {
            return generated(d, at, seed, standardize);
        }
        onlyFor(at, "a data file", keys("n", d.n(), "noise", d.noise(), "function", d.function(),
                "inputs", d.inputs(), "encoding", d.encoding()));
        onlyFor(at, "a data file", letorKeys(d));
        Path path = existing(at + "/path", d.path());
        Path testPath = d.testPath() == null ? null : existing(at + "/test-path", d.testPath());
        LoadOptions options = LoadOptions.defaults().withLabel(d.label()).withHeader(d.header())
                .withDropColumns(d.dropColumns());
        if (d.format() != null) {
            options = options.withFormat(parse(at + "/format", () -> DataFormat.fromName(d.format())));
        }
        if (d.missing() != null) {
            options = options.withMissing(parse(at + "/missing", () -> MissingValues.fromName(d.missing())));
            if (options.missing() == MissingValues.KEEP_NAN && !standardize) {
                throw src.error(at + "/missing", "missing: mean imputes the training mean while standardizing; "
                        + "keep standardize: true or use missing: drop-rows");
            }
        }
        if (d.labelsPath() != null) {
            options = options.withLabelsPath(existing(at + "/labels-path", d.labelsPath()));
        }
        LoadOptions trainOptions = options;
        LoadOptions testOptions = d.testLabelsPath() == null ? options
                : options.withLabelsPath(existing(at + "/test-labels-path", d.testLabelsPath()));
        String name = d.name() != null ? d.name() : stem(path);
        String origin = d.path() + (d.testPath() != null ? " + test " + d.testPath() : "");
        return new DataSpec(name, at, origin, standardize, () -> {
            Dataset train = DatasetLoader.load(path, name, trainOptions);
            if (testPath == null) {
                return new LoadedData(train, -1);
            }
            Dataset test = DatasetLoader.load(testPath, name, testOptions);
            try {
                return new LoadedData(train.append(test), train.rows());
            } catch (IllegalArgumentException e) {
                throw new versus.data.DataFormatException(testPath, e.getMessage());
            }
        });
    }

    private DataSpec generated(DatasetConfig d, String at, long seed, boolean standardize) {
        onlyFor(at, "a generated dataset", keys("format", d.format(), "label", d.label(), "header", d.header(),
                "test-path", d.testPath(), "labels-path", d.labelsPath(), "missing", d.missing()));
        String kind = d.generator();
        if (kind.equals("letor")) {
            return letor(d, at, seed, standardize);
        }
        onlyFor(at, "generator " + kind, letorKeys(d));
        if (kind.equals("boolean")) {
            onlyFor(at, "generator boolean", keys("n", d.n(), "noise", d.noise()));
            if (d.function() == null) {
                throw src.error(at, "generator boolean needs 'function' (" + String.join(", ", TruthTable.functions())
                        + ", or an expression such as 'x2 and (x1 or not x3)')");
            }
            int inputs = d.inputs() == null ? 2 : d.inputs();
            TruthTable.Encoding enc = d.encoding() == null ? TruthTable.Encoding.ZERO_ONE
                    : parse(at + "/encoding", () -> TruthTable.Encoding.byToken(d.encoding()));
            Dataset table = parse(at + "/function", () -> TruthTable.of(d.function(), inputs, enc));
            String name = d.name() != null ? d.name() : "boolean-" + d.function().replaceAll("[^A-Za-z0-9]+", "-");
            Dataset named = table.withName(name);
            return new DataSpec(name, at, "truth table of " + d.function() + " (" + inputs + " inputs, " + enc.token() + ")",
                    standardize, () -> new LoadedData(named, -1));
        }
        onlyFor(at, "generator " + kind, keys("function", d.function(), "inputs", d.inputs(), "encoding", d.encoding()));
        TeachingSets.Kind k = parse(at + "/generator", () -> TeachingSets.kind(kind));
        int n = d.n() == null ? 200 : d.n();
        if (n < 4) {
            throw src.error(at + "/n", "n must be >= 4, got " + n);
        }
        double noise = d.noise() == null ? 0.0 : d.noise();
        if (!(noise >= 0 && noise <= 1)) {
            throw src.error(at + "/noise", "noise must be in [0, 1], got " + noise);
        }
        String name = d.name() != null ? d.name() : kind;
        long dataSeed = Seeds.derive(seed, "generator", name);
        return new DataSpec(name, at, "generator " + kind + " (n " + n + ", noise " + noise + ")", standardize,
                () -> new LoadedData(TeachingSets.generate(k, n, noise, new SplittableRandom(dataSeed)).withName(name), -1));
    }

    private static Map<String, Object> letorKeys(DatasetConfig d) {
        return keys("queries", d.queries(), "docs-per-query", d.docsPerQuery(), "features", d.features(), "grades", d.grades(),
                "query-shift", d.queryShift());
    }

    /** Synthetic LETOR-style ranking data with a known linear truth (versus.data.LetorGenerator). */
    private DataSpec letor(DatasetConfig d, String at, long seed, boolean standardize) {
        onlyFor(at, "generator letor", keys("n", d.n(), "function", d.function(), "inputs", d.inputs(), "encoding", d.encoding()));
        int queries = d.queries() == null ? 50 : d.queries();
        int docs = d.docsPerQuery() == null ? 20 : d.docsPerQuery();
        int features = d.features() == null ? 10 : d.features();
        int grades = d.grades() == null ? 3 : d.grades();
        double noise = d.noise() == null ? 0.1 : d.noise();
        double shift = d.queryShift() == null ? 0.0 : d.queryShift();
        String name = d.name() != null ? d.name() : "letor";
        long dataSeed = Seeds.derive(seed, "generator", name);
        parse(at, () -> LetorGenerator.generate(Math.min(queries, 2), Math.min(docs, 2), features, grades, noise, shift,
                new SplittableRandom(dataSeed))); // validates every value now, cheaply
        return new DataSpec(name, at, "LETOR-style generator (" + queries + " queries x " + docs + " documents, " + features
                + " features, grades 0.." + grades + ", noise " + noise + ")", standardize,
                () -> new LoadedData(LetorGenerator.generate(queries, docs, features, grades, noise, shift,
                        new SplittableRandom(dataSeed)).data().withName(name), -1));
    }

    private Path existing(String at, String relative) {
        Path p = src.baseDirectory().resolve(relative).normalize();
        if (!Files.isRegularFile(p)) {
            throw src.error(at, "data file not found: " + p + " (paths are relative to the experiment file)");
        }
        return p;
    }

    private static String stem(Path p) {
        String s = p.getFileName().toString();
        if (s.endsWith(".gz")) {
            s = s.substring(0, s.length() - 3);
        }
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }

    // ---------------------------------------------------------------- protocol

    private ProtocolSpec protocol(ProtocolConfig p, List<DataSpec> data) {
        String kind = p == null || p.kind() == null ? "kfold" : p.kind();
        String at = "/protocol";
        ProtocolConfig c = p == null ? new ProtocolConfig(kind, null, null, null, null, null, null, null) : p;
        if (!kind.equals("bootstrap")) {
            onlyFor(at, "protocol " + kind, keys("resamples", c.resamples(), "estimator", c.estimator()));
        }
        switch (kind) {
            case "kfold": {
                onlyFor(at, "protocol kfold", keys("test-fraction", c.testFraction(), "path", c.path()));
                KFold kf = parse(at + "/k", () -> new KFold(c.k() == null ? 10 : c.k(), c.repeats() == null ? 1 : c.repeats(),
                        c.stratified() == null || c.stratified()));
                return fixed(kf, (kf.stratified() ? "stratified " : "") + kf.k() + "-fold cross-validation"
                        + (kf.repeats() > 1 ? ", repeated " + kf.repeats() + " times" : ""));
            }
            case "holdout": {
                onlyFor(at, "protocol holdout", keys("k", c.k(), "path", c.path()));
                Holdout h = parse(at + "/test-fraction", () -> new Holdout(c.testFraction() == null ? 0.25 : c.testFraction(),
                        c.repeats() == null ? 1 : c.repeats(), c.stratified() == null || c.stratified()));
                return fixed(h, (h.stratified() ? "stratified " : "") + "holdout with test fraction " + h.testFraction()
                        + (h.repeats() > 1 ? ", " + h.repeats() + " random repeats" : ""));
            }
            case "train-test": {
                onlyFor(at, "protocol train-test", keys("k", c.k(), "path", c.path(), "test-fraction", c.testFraction(),
                        "repeats", c.repeats(), "stratified", c.stratified()));
                return new ProtocolSpec() {
                    @Override
                    public Protocol forData(LoadedData d) {
                        return new TrainTest(d.trainRows());
                    }

                    @Override
                    public String describe() {
                        return "fixed training and test files";
                    }

                    @Override
                    public boolean needsSeparateTest() {
                        return true;
                    }
                };
            }
            case "loo":
                onlyFor(at, "protocol loo", keys("k", c.k(), "path", c.path(), "test-fraction", c.testFraction(),
                        "repeats", c.repeats(), "stratified", c.stratified()));
                return fixed(new LeaveOneOut(), "leave-one-out (leave-one-query-out with qid groups)");
            case "bootstrap": {
                onlyFor(at, "protocol bootstrap", keys("k", c.k(), "path", c.path(), "test-fraction", c.testFraction(),
                        "repeats", c.repeats(), "stratified", c.stratified()));
                Bootstrap.Estimator estimator = c.estimator() == null ? Bootstrap.Estimator.POINT_632
                        : Bootstrap.Estimator.parse(c.estimator()).orElseThrow(() -> src.error(at + "/estimator",
                                "unknown bootstrap estimator '" + c.estimator() + "'; allowed: oob, 632, 632+"));
                Bootstrap b = parse(at + "/resamples", () -> new Bootstrap(c.resamples() == null ? 200 : c.resamples(), estimator));
                String text = b.resamples() + " bootstrap resamples, " + switch (estimator) {
                    case OOB -> "out-of-bag estimate";
                    case POINT_632 -> ".632 estimate (Efron 1983): 0.368 resubstitution + 0.632 out-of-bag per resample";
                    case POINT_632_PLUS -> ".632+ estimate (Efron and Tibshirani 1997)";
                };
                return new ProtocolSpec() {
                    @Override
                    public Protocol forData(LoadedData d) {
                        return b;
                    }

                    @Override
                    public String describe() {
                        return text;
                    }

                    @Override
                    public Optional<Bootstrap.Estimator> bootstrapEstimator() {
                        return Optional.of(estimator);
                    }
                };
            }
            case "resubstitution":
                onlyFor(at, "protocol resubstitution", keys("k", c.k(), "path", c.path(), "test-fraction", c.testFraction(),
                        "repeats", c.repeats(), "stratified", c.stratified()));
                return fixed(new versus.eval.Resubstitution(), "resubstitution (trained and tested on all rows: a training-set score)");
            case "predefined": {
                onlyFor(at, "protocol predefined", keys("k", c.k(), "test-fraction", c.testFraction(),
                        "repeats", c.repeats(), "stratified", c.stratified()));
                if (c.path() == null) {
                    throw src.error(at, "protocol predefined needs 'path', a CSV with columns index,fold "
                            + "({dataset} in the path is replaced by each dataset's name)");
                }
                Map<String, Path> folds = new LinkedHashMap<>();
                for (DataSpec d : data) {
                    folds.put(d.name(), existing(at + "/path", c.path().replace("{dataset}", d.name())));
                }
                return new ProtocolSpec() {
                    @Override
                    public Protocol forData(LoadedData d) {
                        return Predefined.load(folds.get(d.data().name()), d.data().rows());
                    }

                    @Override
                    public String describe() {
                        return "predefined folds from " + c.path();
                    }
                };
            }
            default:
                throw src.error(at + "/kind", "unknown protocol '" + kind + "'; available: " + String.join(", ", Registry.PROTOCOLS.keySet()));
        }
    }

    private static ProtocolSpec fixed(Protocol protocol, String description) {
        return new ProtocolSpec() {
            @Override
            public Protocol forData(LoadedData d) {
                return protocol;
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }

    // ---------------------------------------------------------------- models

    private List<ModelSpec> models(List<ModelConfig> list, Metric tuningMetric) {
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
                m.batchNorm(), m.clip())));
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
                    next.add(parse(gat, () -> YamlSource.withValue(variant, e.getKey(), value)));
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

    /** One model entry without a grid. */
    private ModelSpec model(ModelConfig m, String at) {
        String kind = m.model() == null ? "linear" : m.model();
        if (!kind.equals("fixed-network")) {
            onlyFor(at, "model " + kind + " (layers are for fixed-network)", keys("layers", m.layers()));
        }
        switch (kind) {
            case "linear":
                onlyFor(at, "model linear", kernelKeys(m));
                onlyFor(at, "model linear", mlpKeys(m));
                return gradientModel(m, at, linearArchitecture());
            case "mlp":
                onlyFor(at, "model mlp", kernelKeys(m));
                return gradientModel(m, at, mlpArchitecture(m, at));
            case "fixed-network":
                onlyFor(at, "model fixed-network (weights given, nothing trained)", gradientKeys(m));
                onlyFor(at, "model fixed-network", kernelKeys(m));
                onlyFor(at, "model fixed-network", mlpKeys(m));
                return fixedNetwork(m, at);
            case "smile-logistic", "smile-svm", "smile-mlp":
                return smile(kind, m, at);
            case "kernel-svm":
                onlyFor(at, "model kernel-svm (trained by SMO on its dual)", gradientKeys(m));
                onlyFor(at, "model kernel-svm", mlpKeys(m));
                return kernelSvm(m, at);
            default:
                throw src.error(at + "/model", "unknown model '" + kind + "'; available: " + String.join(", ", Registry.MODELS.keySet()));
        }
    }

    private static Map<String, Object> kernelKeys(ModelConfig m) {
        return keys("kernel", m.kernel(), "C", m.c(), "gamma", m.gamma(), "degree", m.degree(), "coef0", m.coef0(),
                "multiclass", m.multiclass());
    }

    /** A network given layer by layer in the YAML: weights (one row per unit), biases, activation. */
    private ModelSpec fixedNetwork(ModelConfig m, String at) {
        if (m.layers() == null || m.layers().isEmpty()) {
            throw src.error(at, "model fixed-network needs 'layers': [{weights: [[...], ...], biases: [...], activation: step}, ...]");
        }
        List<FixedNetwork.Layer> layers = new ArrayList<>();
        StringBuilder shape = new StringBuilder();
        for (int l = 0; l < m.layers().size(); l++) {
            String lat = at + "/layers/" + l;
            ExperimentConfig.LayerConfig c = m.layers().get(l);
            if (c == null || c.weights() == null || c.biases() == null) {
                throw src.error(lat, "a layer needs 'weights' (one row per unit) and 'biases' (one per unit)");
            }
            String name = c.activation() == null ? "step" : c.activation();
            Activation act = ActivationCatalog.byName(name).orElseThrow(() -> src.error(lat + "/activation",
                    "activation '" + name + "' is not available in a fixed network; use one of " + ActivationCatalog.names()));
            double[][] w = new double[c.weights().size()][];
            for (int j = 0; j < w.length; j++) {
                List<Double> row = c.weights().get(j);
                w[j] = new double[row.size()];
                for (int i = 0; i < w[j].length; i++) {
                    w[j][i] = row.get(i);
                }
            }
            double[] b = new double[c.biases().size()];
            for (int j = 0; j < b.length; j++) {
                b[j] = c.biases().get(j);
            }
            layers.add(parse(lat, () -> new FixedNetwork.Layer(w, b, act)));
            shape.append(l == 0 ? "" : " -> ").append(w.length).append(' ').append(name);
        }
        parse(at + "/layers", () -> new FixedNetwork(layers, layers.get(layers.size() - 1).units() == 1 ? 2
                : layers.get(layers.size() - 1).units()));
        return new ModelSpec(m.name(), at, "fixed network (given weights, not trained): " + shape, k -> new FixedLearner(layers));
    }

    private static Map<String, Object> mlpKeys(ModelConfig m) {
        return keys("hidden", m.hidden(), "activation", m.activation(), "output", m.output(), "dropout", m.dropout(),
                "input-noise", m.inputNoise(), "batch-norm", m.batchNorm());
    }

    /**
     * What differs between gradient-trained models: the parametric architecture, its default
     * initializer, and how output map and loss name become an output coding for K classes.
     */
    private record Architecture(String description, java.util.function.BiFunction<Integer, Integer, versus.model.Model> make,
                                Initializer defaultInit, String defaultLoss, java.util.function.BiFunction<String, Integer, MulticlassLoss> coding) {
    }

    private static Architecture linearArchitecture() {
        return new Architecture("linear", LinearModel::new, new Initializer.Zero(), null, LossCatalog::coding);
    }

    /**
     * An MLP: hidden widths, hidden units (activation), and the output map that the loss must
     * match: softmax + cross-entropy, sigmoid + logistic (binary cross-entropy; one-vs-rest for
     * K > 2), identity + any margin loss, crammer-singer, weston-watkins or mse.
     */
    private Architecture mlpArchitecture(ModelConfig m, String at) {
        int[] hidden = m.hidden() == null ? new int[] {32} : m.hidden().stream().mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < hidden.length; i++) {
            if (hidden[i] < 1) {
                throw src.error(at + "/hidden/" + i, "hidden layer widths must be >= 1, got " + hidden[i]);
            }
        }
        String activation = m.activation() == null ? "relu" : m.activation();
        HiddenUnits units = ActivationCatalog.units(activation).orElseThrow(() -> src.error(at + "/activation",
                "unknown activation '" + activation + "'; available: " + String.join(", ", ActivationCatalog.names())));
        parse(at + "/activation", () -> {
            Mlp.requireTrainable(units);
            return units;
        });
        String output = m.output() == null ? "softmax" : m.output();
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
        boolean reluFamily = activation.contains("relu") || activation.equals("elu") || activation.equals("maxout");
        MlpOptions options = parse(at, () -> new MlpOptions(m.dropout() == null ? 0 : m.dropout(),
                m.inputNoise() == null ? 0 : m.inputNoise(), m.batchNorm() != null && m.batchNorm()));
        String description = "mlp " + java.util.Arrays.toString(hidden) + " " + activation + ", output " + output
                + (options.summary().isEmpty() ? "" : ", " + options.summary());
        return new Architecture(description, (d, k) -> new Mlp(d, hidden, units, k, options),
                reluFamily ? new Initializer.Kaiming() : new Initializer.Xavier(), defaultLoss,
                (loss, k) -> output.equals("sigmoid") ? LossCatalog.coding("logistic", k) : LossCatalog.coding(loss, k));
    }

    private static Map<String, Object> gradientKeys(ModelConfig m) {
        return keys("loss", m.loss(), "objective", m.objective(), "regularizer", m.regularizer(), "optimizer", m.optimizer(),
                "epochs", m.epochs(), "batch-size", m.batchSize(), "shuffle", m.shuffle(), "early-stopping", m.earlyStopping(),
                "init", m.init(), "average-from", m.averageFrom(), "trace-objective", m.traceObjective(), "clip", m.clip());
    }

    /** A kernel SVM: kernel linear | poly | rbf, C, gamma (a number or scale), degree, coef0, multiclass. */
    /**
     * The Smile 3.1.1 baselines (versus.baseline): an independent implementation next to each
     * native model, trained on the same splits with the same standardization.
     */
    private ModelSpec smile(String kind, ModelConfig m, String at) {
        String what = "model " + kind;
        onlyFor(at, what, keys("loss", m.loss(), "objective", m.objective(), "shuffle", m.shuffle(),
                "early-stopping", m.earlyStopping(), "init", m.init(), "average-from", m.averageFrom(),
                "trace-objective", m.traceObjective(), "degree", m.degree(), "coef0", m.coef0(), "multiclass", m.multiclass(),
                "pairs-per-query", m.pairsPerQuery(), "output", m.output(), "clip", m.clip(), "dropout", m.dropout(),
                "input-noise", m.inputNoise(), "batch-norm", m.batchNorm()));
        switch (kind) {
            case "smile-logistic" -> {
                onlyFor(at, what, kernelKeys(m));
                onlyFor(at, what, keys("optimizer", m.optimizer(), "epochs", m.epochs(), "batch-size", m.batchSize(),
                        "hidden", m.hidden(), "activation", m.activation()));
                Regularizer reg = regularizer(m.regularizer(), at + "/regularizer");
                double lambda = reg instanceof Regularizer.None ? 0 : l2Lambda(reg, at + "/regularizer", what);
                SmileLogistic learner = parse(at + "/regularizer", () -> new SmileLogistic(lambda));
                return new ModelSpec(m.name(), at, "Smile LogisticRegression (baseline), L2 lambda " + lambda, k -> learner);
            }
            case "smile-svm" -> {
                onlyFor(at, what, keys("regularizer", m.regularizer(), "optimizer", m.optimizer(), "epochs", m.epochs(),
                        "batch-size", m.batchSize(), "hidden", m.hidden(), "activation", m.activation()));
                String kernel = m.kernel() == null ? "rbf" : m.kernel();
                double c = m.c() == null ? 1.0 : m.c();
                SmileSvm.Kernel k = parse(at + "/kernel", () -> SmileSvm.Kernel.of(kernel));
                SmileSvm learner;
                if (k == SmileSvm.Kernel.RBF) {
                    if (m.gamma() == null || m.gamma().equals("scale")) {
                        throw src.error(at, "smile-svm with kernel rbf needs a numeric 'gamma' (gamma: scale is for kernel-svm)");
                    }
                    double gamma = parse(at + "/gamma", () -> Double.parseDouble(m.gamma()));
                    learner = parse(at, () -> SmileSvm.rbf(c, gamma));
                } else {
                    onlyFor(at, what + " with kernel linear", keys("gamma", m.gamma()));
                    learner = parse(at, () -> SmileSvm.linear(c));
                }
                return new ModelSpec(m.name(), at, "Smile SVM (baseline; LASVM), " + kernel + " kernel, C " + c
                        + (m.gamma() != null ? ", gamma " + m.gamma() : "") + "; one-vs-rest with Platt scores for K > 2", x -> learner);
            }
            default -> {
                onlyFor(at, what, kernelKeys(m));
                onlyFor(at, what, keys("regularizer", m.regularizer()));
                parse(at + "/model", () -> {
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
                SmileMlp learner = parse(at, () -> new SmileMlp(hidden, SmileMlp.Activation.of(activation), rate,
                        m.epochs() == null ? 50 : m.epochs(), m.batchSize() == null ? 32 : m.batchSize()));
                return new ModelSpec(m.name(), at, "Smile MLP (baseline), hidden " + java.util.Arrays.toString(hidden) + " "
                        + activation + ", SGD rate " + rate + ", " + learner.epochs() + " epochs, batch " + learner.batchSize(), k -> learner);
            }
        }
    }

    /** Applies each model's optional {@code datasets: [names]}, which must name data sets of the file. */
    private List<ModelSpec> restrict(List<ModelSpec> specs, List<ModelConfig> configs, List<DataSpec> data) {
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

    private ModelSpec kernelSvm(ModelConfig m, String at) {
        String kernel = m.kernel() == null ? "rbf" : m.kernel();
        double c = m.c() == null ? 1.0 : m.c();
        Multiclass strategy = m.multiclass() == null ? Multiclass.ONE_VS_ONE : parse(at + "/multiclass", () -> switch (m.multiclass()) {
            case "one-vs-one" -> Multiclass.ONE_VS_ONE;
            case "one-vs-rest" -> Multiclass.ONE_VS_REST;
            default -> throw new IllegalArgumentException("multiclass must be one-vs-one or one-vs-rest, got " + m.multiclass());
        });
        boolean scaled = m.gamma() == null || m.gamma().equals("scale");
        double gamma = scaled ? 0 : parse(at + "/gamma", () -> {
            try {
                return Double.parseDouble(m.gamma());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("gamma must be a number > 0 or 'scale', got " + m.gamma());
            }
        });
        int degree = m.degree() == null ? 3 : m.degree();
        double coef0 = m.coef0() == null ? 0.0 : m.coef0();
        Learner learner;
        String kernelText;
        switch (kernel) {
            case "linear":
                onlyFor(at, "kernel linear", keys("gamma", m.gamma(), "degree", m.degree(), "coef0", m.coef0()));
                learner = parse(at + "/C", () -> new KernelSvm(new Kernel.Linear(), c, strategy));
                kernelText = "linear kernel";
                break;
            case "rbf":
                onlyFor(at, "kernel rbf", keys("degree", m.degree(), "coef0", m.coef0()));
                learner = scaled ? parse(at + "/C", () -> new ScaledGammaSvm(Kernel.Rbf::new, c, strategy))
                        : parse(at + "/gamma", () -> new KernelSvm(new Kernel.Rbf(gamma), c, strategy));
                kernelText = "RBF kernel, gamma " + (scaled ? "scale (1 / (d var(X)) per training fold)" : gamma);
                break;
            case "poly":
                learner = scaled ? parse(at + "/C", () -> new ScaledGammaSvm(g -> new Kernel.Polynomial(g, coef0, degree), c, strategy))
                        : parse(at + "/gamma", () -> new KernelSvm(new Kernel.Polynomial(gamma, coef0, degree), c, strategy));
                kernelText = "polynomial kernel (gamma x.z + " + coef0 + ")^" + degree + ", gamma " + (scaled ? "scale" : gamma);
                break;
            default:
                throw src.error(at + "/kernel", "unknown kernel '" + kernel + "'; available: linear, poly, rbf");
        }
        String summary = "kernel SVM (SMO), " + kernelText + ", C " + c + ", "
                + (strategy == Multiclass.ONE_VS_ONE ? "one-vs-one" : "one-vs-rest") + " for K > 2";
        return new ModelSpec(m.name(), at, summary, numClasses -> learner);
    }

    private ModelSpec gradientModel(ModelConfig m, String at, Architecture arch) {
        String loss = m.loss() != null ? m.loss() : arch.defaultLoss();
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
        Regularizer reg = regularizer(m.regularizer(), at + "/regularizer");
        Initializer init = m.init() == null ? arch.defaultInit() : initializer(m.init(), at + "/init");
        OptimizerConfig oc = m.optimizer() == null
                ? new OptimizerConfig("adam", null, null, null, null, null, null, null, null, null) : m.optimizer();
        OptimizerSpec opt = optimizer(oc, reg, at + "/optimizer");
        boolean fullBatch = "gd".equals(oc.kind());
        if (fullBatch && m.batchSize() != null) {
            throw src.error(at + "/batch-size", "optimizer gd uses the whole training set per step; remove batch-size or use sgd");
        }
        TrainerSpec base = parse(at, () -> new TrainerSpec(
                m.epochs() == null ? 100 : m.epochs(),
                fullBatch ? Integer.MAX_VALUE : m.batchSize() == null ? 32 : m.batchSize(),
                m.shuffle() == null ? !fullBatch : m.shuffle(),
                earlyStopping(m.earlyStopping(), at + "/early-stopping"))
                .withAveraging(m.averageFrom() == null ? 0 : m.averageFrom())
                .withObjectiveTrace(m.traceObjective() != null && m.traceObjective()));
        boolean project = oc.projection() != null ? oc.projection() : "pegasos".equals(oc.kind()); // the paper's default
        TrainerSpec projected = project ? base.withConstraint(pegasosBall(reg, at + "/optimizer/projection")) : base;
        TrainerSpec trainer = m.clip() == null ? projected : projected.withClipping(clipping(m.clip(), at + "/clip"));
        String summary = arch.description() + ", loss " + loss + ", " + describe(reg) + ", " + init.name() + " init, " + oc.kind()
                + (fullBatch ? " (full batch)" : " (batch " + trainer.batchSize() + ")") + ", " + trainer.epochs() + " epochs"
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

    private static String describe(Regularizer r) {
        if (r instanceof Regularizer.ElasticNet e) {
            return r.name() + " " + e.lambda();
        }
        if (r instanceof Regularizer.WeightElimination w) {
            return "weight elimination " + w.lambda() + " (w0 " + w.w0() + ")";
        }
        return "no penalty";
    }

    private Optional<TrainerSpec.EarlyStopping> earlyStopping(ExperimentConfig.EarlyStoppingConfig e, String at) {
        if (e == null) {
            return Optional.empty();
        }
        return Optional.of(parse(at, () -> new TrainerSpec.EarlyStopping(
                e.validationFraction() == null ? 0.1 : e.validationFraction(),
                e.patience() == null ? 10 : e.patience(),
                e.restoreBest() == null || e.restoreBest())));
    }

    private Regularizer regularizer(RegularizerConfig r, String at) {
        if (r == null) {
            return Regularizer.ElasticNet.l2(1e-4);
        }
        String kind = r.kind() == null ? "l2" : r.kind();
        double lambda = r.lambda() == null ? 1e-4 : r.lambda();
        switch (kind) {
            case "none":
                onlyFor(at, "regularizer none", keys("lambda", r.lambda(), "l1-ratio", r.l1Ratio(), "w0", r.w0()));
                return new Regularizer.None();
            case "l2":
            case "l1":
                onlyFor(at, "regularizer " + kind, keys("l1-ratio", r.l1Ratio(), "w0", r.w0()));
                return parse(at + "/lambda", () -> new Regularizer.ElasticNet(lambda, kind.equals("l1") ? 1 : 0));
            case "elastic-net":
                onlyFor(at, "regularizer elastic-net", keys("w0", r.w0()));
                return parse(at, () -> new Regularizer.ElasticNet(lambda, r.l1Ratio() == null ? 0.5 : r.l1Ratio()));
            case "weight-elimination":
                onlyFor(at, "regularizer weight-elimination", keys("l1-ratio", r.l1Ratio()));
                return parse(at, () -> new Regularizer.WeightElimination(lambda, r.w0() == null ? 1.0 : r.w0()));
            default:
                throw src.error(at + "/kind", "unknown regularizer '" + kind + "'; available: " + String.join(", ", Registry.REGULARIZERS.keySet()));
        }
    }

    private Initializer initializer(String name, String at) {
        if (name == null) {
            return new Initializer.Zero();
        }
        Supplier<Initializer> make = Registry.INITIALIZERS.get(name);
        if (make == null) {
            throw src.error(at, "unknown init '" + name + "'; available: " + String.join(", ", Registry.INITIALIZERS.keySet()));
        }
        return make.get();
    }

    private versus.train.Clipping clipping(ExperimentConfig.ClipConfig c, String at) {
        if ((c.norm() == null) == (c.value() == null)) {
            throw src.error(at, "clip takes exactly one of norm (global L2 norm) or value (per coordinate)");
        }
        return c.norm() != null ? parse(at + "/norm", () -> new versus.train.Clipping.ByNorm(c.norm()))
                : parse(at + "/value", () -> new versus.train.Clipping.ByValue(c.value()));
    }

    /** Pegasos' ball of radius 1/sqrt(lambda) (needs an L2 penalty). */
    private Constraint pegasosBall(Regularizer reg, String at) {
        return new Constraint.L2Ball(1 / Math.sqrt(l2Lambda(reg, at, "projection onto the ball of radius 1/sqrt(lambda)")));
    }

    /** The lambda of a pure L2 penalty; anything else is an error naming what needs it. */
    private double l2Lambda(Regularizer reg, String at, String what) {
        if (reg instanceof Regularizer.ElasticNet e && e.l1Ratio() == 0 && e.lambda() > 0) {
            return e.lambda();
        }
        throw src.error(at, what + " needs regularizer {kind: l2, lambda: > 0}");
    }

    private OptimizerSpec optimizer(OptimizerConfig o, Regularizer reg, String at) {
        String kind = o.kind() == null ? "adam" : o.kind();
        if (o.projection() != null && !kind.equals("pegasos") && !kind.equals("sgd")) {
            throw src.error(at + "/projection", "key 'projection' applies to optimizers pegasos and sgd, not " + kind);
        }
        if (o.t0() != null && !kind.equals("pegasos")) {
            throw src.error(at + "/t0", "key 't0' applies to optimizer pegasos; elsewhere use schedule {kind: inverse, a, b}");
        }
        if (kind.equals("pegasos")) {
            // Shalev-Shwartz et al. (2007): SGD on lambda/2 ||w||^2 + mean hinge with eta_t = 1 / (lambda (t + t0)).
            // The paper has t0 = 0 and no bias; with an unpenalised bias its first steps (1/lambda) throw the
            // bias far off, so by default t0 = lambda^(-3/4), Bottou's heuristic (scikit-learn's 'optimal' rate).
            onlyFor(at, "optimizer pegasos (its rate is 1/(lambda (t + t0)))", keys("learning-rate", o.learningRate(),
                    "schedule", o.schedule(), "momentum", o.momentum(), "beta1", o.beta1(), "beta2", o.beta2(),
                    "epsilon", o.epsilon(), "rho", o.rho()));
            double lambda = l2Lambda(reg, at, "optimizer pegasos");
            double t0 = o.t0() == null ? Math.pow(lambda, -0.75) : o.t0();
            return parse(at + "/t0", () -> new Sgd(new Schedule.Inverse(1 / lambda, t0)));
        }
        double defaultRate = kind.equals("adam") || kind.equals("rmsprop") ? 0.001 : 0.01;
        double rate = o.learningRate() == null ? defaultRate : o.learningRate();
        Map<String, Object> extras = keys("momentum", o.momentum(), "beta1", o.beta1(), "beta2", o.beta2(),
                "epsilon", o.epsilon(), "rho", o.rho());
        Schedule schedule = o.schedule() != null && "pegasos".equals(o.schedule().kind())
                ? new Schedule.Inverse(1 / l2Lambda(reg, at + "/schedule", "schedule pegasos (1/(lambda t))"), 0)
                : schedule(o.schedule(), rate, at);
        switch (kind) {
            case "gd":
            case "sgd":
                onlyFor(at, "optimizer " + kind, extras);
                return new Sgd(schedule);
            case "momentum":
            case "nesterov":
                extras.remove("momentum");
                onlyFor(at, "optimizer " + kind, extras);
                return parse(at + "/momentum", () -> new Momentum(schedule, o.momentum() == null ? 0.9 : o.momentum(), kind.equals("nesterov")));
            case "adagrad":
                extras.remove("epsilon");
                onlyFor(at, "optimizer adagrad", extras);
                return parse(at, () -> new AdaGrad(schedule, o.epsilon() == null ? 1e-8 : o.epsilon()));
            case "rmsprop":
                extras.remove("epsilon");
                extras.remove("rho");
                onlyFor(at, "optimizer rmsprop", extras);
                return parse(at, () -> new RmsProp(schedule, o.rho() == null ? 0.9 : o.rho(), o.epsilon() == null ? 1e-8 : o.epsilon()));
            case "adam":
                extras.remove("epsilon");
                extras.remove("beta1");
                extras.remove("beta2");
                onlyFor(at, "optimizer adam", extras);
                return parse(at, () -> new Adam(schedule, o.beta1() == null ? 0.9 : o.beta1(), o.beta2() == null ? 0.999 : o.beta2(),
                        o.epsilon() == null ? 1e-8 : o.epsilon()));
            default:
                throw src.error(at + "/kind", "unknown optimizer '" + kind + "'; available: " + String.join(", ", Registry.OPTIMIZERS.keySet()));
        }
    }

    private Schedule schedule(ScheduleConfig s, double rate, String at) {
        String rateAt = at + "/learning-rate";
        if (s == null || s.kind() == null || s.kind().equals("constant")) {
            return parse(rateAt, () -> new Schedule.Constant(rate));
        }
        String sat = at + "/schedule";
        switch (s.kind()) {
            case "inverse": {
                double b = s.b() == null ? 1.0 : s.b();
                return parse(sat, () -> new Schedule.Inverse(s.a() == null ? rate * Math.max(b, 1e-300) : s.a(), b));
            }
            case "inverse-sqrt":
                return parse(rateAt, () -> new Schedule.InverseSqrt(rate));
            case "step":
                if (s.every() == null) {
                    throw src.error(sat, "schedule step needs 'every' (steps between drops) and optionally 'factor' (default 0.5)");
                }
                return parse(sat, () -> new Schedule.Step(rate, s.factor() == null ? 0.5 : s.factor(), s.every()));
            case "exponential":
                if (s.decay() == null) {
                    throw src.error(sat, "schedule exponential needs 'decay' (rate * exp(-decay (t - 1)))");
                }
                return parse(sat, () -> new Schedule.Exponential(rate, s.decay()));
            default:
                throw src.error(sat, "unknown schedule '" + s.kind() + "'; available: " + String.join(", ", Registry.SCHEDULES.keySet()));
        }
    }

    // ---------------------------------------------------------------- metrics

    private List<Metric> metrics(List<String> names) {
        List<String> list = names == null || names.isEmpty() ? List.of("accuracy") : names;
        List<Metric> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String n = list.get(i);
            Metric m = Metrics.byName(n).orElse(null);
            if (m == null) {
                throw src.error("/metrics/" + i, "unknown metric '" + n + "'; available: " + String.join(", ", Metrics.names()));
            }
            if (seen.add(m.name())) {
                out.add(m);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- plots

    private List<PlotSpec> plots(List<ExperimentConfig.PlotConfig> list, List<DataSpec> data, List<ModelSpec> models,
                                 List<Metric> metrics) {
        List<PlotSpec> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        Set<String> modelNames = new HashSet<>();
        models.forEach(m -> modelNames.add(m.name()));
        Set<String> dataNames = new HashSet<>();
        data.forEach(d -> dataNames.add(d.name()));
        for (int i = 0; i < list.size(); i++) {
            String at = "/plots/" + i;
            ExperimentConfig.PlotConfig p = list.get(i);
            if (p == null || p.kind() == null) {
                throw src.error(at, "a plot needs 'kind': one of " + Registry.list("plots").keySet());
            }
            PlotSpec.Kind kind = PlotSpec.Kind.parse(p.kind()).orElseThrow(() -> src.error(at + "/kind",
                    "unknown plot '" + p.kind() + "'; available: " + String.join(", ", Registry.list("plots").keySet())));
            List<String> ms = p.models() == null ? List.of() : p.models();
            for (int j = 0; j < ms.size(); j++) {
                if (!modelNames.contains(ms.get(j))) {
                    throw src.error(at + "/models/" + j, "no model named '" + ms.get(j) + "'; models: " + modelNames);
                }
            }
            List<String> ds = p.datasets() == null ? List.of() : p.datasets();
            for (int j = 0; j < ds.size(); j++) {
                if (!dataNames.contains(ds.get(j))) {
                    throw src.error(at + "/datasets/" + j, "no dataset named '" + ds.get(j) + "'; datasets: " + dataNames);
                }
            }
            if (!kind.isStatic() && models.isEmpty()) {
                throw src.error(at + "/kind", "plot " + kind.token() + " draws trained models; this experiment has none");
            }
            if (kind == PlotSpec.Kind.CRITICAL_DIFFERENCE && (data.size() < 2 || models.size() < 2
                    || models.size() > FriedmanNemenyi.MAX_MODELS)) {
                throw src.error(at + "/kind", "critical-difference ranks 2.." + FriedmanNemenyi.MAX_MODELS
                        + " models across at least 2 data sets; this experiment has " + models.size() + " models and " + data.size() + " data sets");
            }
            String metric = p.metric() == null ? (metrics.isEmpty() ? null : metrics.get(0).name()) : p.metric();
            if (p.metric() != null && metrics.stream().noneMatch(m -> m.name().equals(p.metric()))) {
                throw src.error(at + "/metric", "metric '" + p.metric() + "' is not in this experiment's metrics " + metricNames(metrics));
            }
            boolean exact = "exact".equals(p.view());
            if (p.view() != null && (kind != PlotSpec.Kind.LOSS_SURFACE || !(exact || p.view().equals("slice")))) {
                throw src.error(at + "/view", "'view' applies to loss-surface: slice (around the trained parameters) or exact "
                        + "(J(w, b) on one feature, with optimizer paths)");
            }
            Optional<int[]> features = Optional.empty();
            if (p.features() != null) {
                if (exact) {
                    if (p.features().size() != 1) {
                        throw src.error(at + "/features", "loss-surface view exact takes one feature: features: [j]");
                    }
                    features = Optional.of(new int[] {p.features().get(0)});
                } else if (kind != PlotSpec.Kind.DECISION_BOUNDARY || p.features().size() != 2 || p.features().get(0).equals(p.features().get(1))) {
                    throw src.error(at + "/features", "'features' takes two different 0-based column indices, for decision-boundary");
                } else {
                    features = Optional.of(new int[] {p.features().get(0), p.features().get(1)});
                }
            } else if (exact) {
                throw src.error(at, "loss-surface view exact needs features: [j], the one feature of the 2-parameter model");
            }
            List<versus.plot.TestFunctions.TestFunction> functions = new ArrayList<>();
            boolean parabola = false;
            List<versus.plot.Named<OptimizerSpec>> optimizers = new ArrayList<>();
            if (kind == PlotSpec.Kind.OPTIMIZER_PATHS || exact) {
                List<String> names = exact ? List.of() : p.functions() == null ? List.of("quadratic", "rosenbrock", "beale", "saddle")
                        : p.functions();
                for (int j = 0; j < names.size(); j++) {
                    String n = names.get(j);
                    if (n.equals("parabola")) {
                        parabola = true;
                        continue;
                    }
                    int fj = j;
                    functions.add(testFunction(n).orElseThrow(() -> src.error(at + "/functions/" + fj,
                            "unknown test function '" + n + "'; available: quadratic, rosenbrock, beale, saddle, parabola")));
                }
                if (parabola && !functions.isEmpty()) {
                    throw src.error(at + "/functions", "parabola (1-D) cannot share a figure with 2-D functions; use two plots");
                }
                List<OptimizerConfig> ocs = p.optimizers() == null || p.optimizers().isEmpty()
                        ? List.of(new OptimizerConfig("gd", 0.1, null, null, null, null, null, null, null, null)) : p.optimizers();
                for (int j = 0; j < ocs.size(); j++) {
                    OptimizerConfig oc = ocs.get(j);
                    OptimizerSpec spec = optimizer(oc, new Regularizer.None(), at + "/optimizers/" + j);
                    String label = (oc.kind() == null ? "adam" : oc.kind()) + (oc.learningRate() == null ? "" : " " + oc.learningRate());
                    optimizers.add(new versus.plot.Named<>(label, j, spec));
                }
            } else if (p.functions() != null || p.optimizers() != null || p.start() != null) {
                throw src.error(at, "'functions', 'optimizers' and 'start' apply to optimizer-paths (and 'optimizers' to loss-surface view exact)");
            }
            if (exact && (p.functions() != null || p.start() != null)) {
                throw src.error(at, "loss-surface view exact takes optimizers and steps, not functions or start");
            }
            int steps = p.steps() == null ? (parabola ? 30 : 100) : p.steps();
            if (steps < 1) {
                throw src.error(at + "/steps", "steps must be >= 1, got " + steps);
            }
            out.add(new PlotSpec(kind, at, ms, ds, metric, features, functions, parabola, p.start() == null ? 3.0 : p.start(),
                    optimizers, steps, exact));
        }
        return out;
    }

    private static Optional<versus.plot.TestFunctions.TestFunction> testFunction(String name) {
        for (versus.plot.TestFunctions.TestFunction f : versus.plot.TestFunctions.standard()) {
            if (f.name().toLowerCase(java.util.Locale.ROOT).startsWith(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- significance tests

    private List<SignificanceSpec> tests(ExperimentConfig c, List<DataSpec> data, List<ModelSpec> models, List<Metric> metrics) {
        List<SignificanceSpec> out = new ArrayList<>();
        if (c.tests() == null) {
            return out;
        }
        ProtocolConfig p = c.protocol();
        String protocol = p == null || p.kind() == null ? "kfold" : p.kind();
        int repeats = p == null || p.repeats() == null ? 1 : p.repeats();
        for (int i = 0; i < c.tests().size(); i++) {
            String at = "/tests/" + i;
            ExperimentConfig.TestConfig t = c.tests().get(i);
            if (t == null || t.kind() == null) {
                throw src.error(at, "a test needs 'kind': one of " + Registry.TESTS.keySet());
            }
            SignificanceSpec.Kind kind = SignificanceSpec.Kind.parse(t.kind()).orElseThrow(() -> src.error(at + "/kind",
                    "unknown test '" + t.kind() + "'; available: " + String.join(", ", Registry.TESTS.keySet())));
            if (t.baseline() != null && models.stream().noneMatch(m -> m.name().equals(t.baseline()))) {
                throw src.error(at + "/baseline", "baseline '" + t.baseline() + "' is not a model of this experiment");
            }
            String metric = t.metric() == null ? metrics.get(0).name() : t.metric();
            if (metrics.stream().noneMatch(m -> m.name().equals(metric))) {
                throw src.error(at + "/metric", "metric '" + metric + "' is not in this experiment's metrics " + metricNames(metrics));
            }
            if (models.size() < 2) {
                throw src.error(at, "a significance test compares models; this experiment has one");
            }
            switch (kind) {
                case FIVE_BY_TWO_CV -> {
                    Integer k = p == null ? null : p.k();
                    if (!protocol.equals("kfold") || k == null || k != 2 || repeats != 5) {
                        throw src.error(at + "/kind", "5x2cv needs protocol {kind: kfold, k: 2, repeats: 5}");
                    }
                }
                case MCNEMAR -> {
                    if (!(protocol.equals("holdout") && repeats == 1) && !protocol.equals("train-test")) {
                        throw src.error(at + "/kind", "mcnemar compares two models on one test set: use protocol holdout "
                                + "(repeats 1) or train-test; for cross-validation use corrected-t");
                    }
                }
                case CORRECTED_T, BAYESIAN_ROPE -> {
                    if (protocol.equals("loo") || protocol.equals("resubstitution") || protocol.equals("train-test")
                            || protocol.equals("holdout") && repeats < 2) {
                        throw src.error(at + "/kind", t.kind() + " needs several resampled splits (repeated holdout, k-fold "
                                + "or bootstrap), not protocol " + protocol);
                    }
                }
                case WILCOXON, FRIEDMAN_NEMENYI -> {
                    if (data.size() < 2) {
                        throw src.error(at + "/kind", t.kind() + " compares models across data sets and this experiment has one;"
                                + " use corrected-t or bayesian-rope within a data set");
                    }
                    if (kind == SignificanceSpec.Kind.FRIEDMAN_NEMENYI && models.size() > FriedmanNemenyi.MAX_MODELS) {
                        throw src.error(at + "/kind", "friedman-nemenyi handles at most " + FriedmanNemenyi.MAX_MODELS + " models");
                    }
                }
                default -> { }
            }
            if (t.rope() != null && kind != SignificanceSpec.Kind.BAYESIAN_ROPE) {
                throw src.error(at + "/rope", "key 'rope' applies to bayesian-rope");
            }
            out.add(parse(at, () -> new SignificanceSpec(kind, t.baseline(), metric, t.alpha() == null ? 0.05 : t.alpha(),
                    t.rope() == null ? 0.01 : t.rope())));
        }
        return out;
    }

    private static List<String> metricNames(List<Metric> metrics) {
        List<String> names = new ArrayList<>();
        metrics.forEach(m -> names.add(m.name()));
        return names;
    }

    // ---------------------------------------------------------------- helpers

    /** Pairs key, value (values may be null) in order. */
    private static Map<String, Object> keys(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** Rejects keys that were given but mean nothing for {@code what}. */
    private void onlyFor(String at, String what, Map<String, Object> notAllowed) {
        for (Map.Entry<String, Object> e : notAllowed.entrySet()) {
            if (e.getValue() != null) {
                throw src.error(at + "/" + e.getKey(), "key '" + e.getKey() + "' does not apply to " + what);
            }
        }
    }

    /**
     * Runs a validating constructor and locates its IllegalArgumentException at {@code at}, or at
     * the key the message starts with when the file has it there ("epochs must be >= 1" points
     * at {@code at/epochs}).
     */
    private <T> T parse(String at, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            String msg = String.valueOf(e.getMessage());
            String field = msg.split(" ", 2)[0];
            String parent = at.substring(0, Math.max(0, at.lastIndexOf('/')));
            for (String candidate : List.of(at + "/" + field, parent + "/" + field)) {
                if (src.has(candidate)) {
                    throw src.error(candidate, msg);
                }
            }
            throw src.error(at, msg);
        }
    }
}
