package versus.experiment;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The experiment YAML as written (DESIGN.md section 4), before names are resolved. Keys are
 * kebab-case and unknown keys are errors; absent keys are {@code null} and get their defaults in
 * {@link PlanBuilder}, which also checks names and values against the registries.
 */
public record ExperimentConfig(
        String name,
        String description,
        Long seed,
        List<DatasetConfig> datasets,
        ProtocolConfig protocol,
        List<ModelConfig> models,
        List<String> metrics,
        List<TestConfig> tests,
        List<PlotConfig> plots,
        BudgetConfig budget) {

    /** The same training budget for every native model: exactly one of the three. */
    public record BudgetConfig(Integer epochs, Long gradientEvaluations, Double seconds) {
    }

    /**
     * A data file, or a generated teaching set / truth table. {@code labels} makes it multi-label:
     * the 0/1 label columns of a CSV/ARFF file, the label ids of a LIBSVM file, or the label names
     * of generator multilabel. {@code impute} ({@code missing} is its older spelling), {@code columns},
     * {@code labelBins} and {@code positiveClass} say how a file's columns and label are read.
     */
    public record DatasetConfig(
            String path,
            String name,
            String format,
            String label,
            Boolean header,
            String testPath,
            String labelsPath,
            String testLabelsPath,
            Boolean standardize,
            String missing,
            List<String> dropColumns,
            String generator,
            Integer n,
            Double noise,
            String function,
            Integer inputs,
            String encoding,
            Integer queries,
            Integer docsPerQuery,
            Integer features,
            Integer grades,
            Double queryShift,
            List<String> labels,
            String impute,
            ColumnsConfig columns,
            Integer labelBins,
            String positiveClass) {
    }

    /** {@code columns: {categorical: [...], numeric: [...], id: [...], drop: [...]}}: declared column types. */
    public record ColumnsConfig(List<String> categorical, List<String> numeric, List<String> id, List<String> drop) {
    }

    /** How rows are split into training and test sets. */
    public record ProtocolConfig(
            String kind,
            Integer k,
            Boolean stratified,
            Integer repeats,
            Double testFraction,
            String path,
            Integer resamples,
            String estimator) {
    }

    /**
     * One model: which learner and its hyperparameters. {@code labelPairs} (structured-svm) adds
     * pairwise label terms, {@code solver} (subgradient, cutting-plane) and {@code tolerance}
     * choose how it trains ({@code tolerance} and {@code patience} are also the mlp's stop on
     * training-loss stagnation); {@code multiLabel: binary-relevance} trains a single-label model once
     * per label of multi-label data.
     */
    public record ModelConfig(
            String name,
            String model,
            String loss,
            String objective,
            RegularizerConfig regularizer,
            OptimizerConfig optimizer,
            Integer epochs,
            Integer batchSize,
            Boolean shuffle,
            EarlyStoppingConfig earlyStopping,
            InitConfig init,
            Integer averageFrom,
            Boolean traceObjective,
            String kernel,
            @com.fasterxml.jackson.annotation.JsonProperty("C") @com.fasterxml.jackson.annotation.JsonAlias("c") Double c,
            String gamma,
            Integer degree,
            Double coef0,
            String multiclass,
            String pairsPerQuery,
            List<Integer> hidden,
            String activation,
            String output,
            List<LayerConfig> layers,
            List<String> datasets,
            java.util.Map<String, List<Object>> grid,
            Integer innerFolds,
            Double dropout,
            Double inputNoise,
            Boolean batchNorm,
            ClipConfig clip,
            Integer codeLayer,
            Boolean labelPairs,
            String multiLabel,
            String solver,
            Double tolerance,
            Integer maxIterations,
            String bias,
            Integer patience) {
    }

    /**
     * An initializer written as a bare name ({@code init: xavier}) or as an object with its
     * parameter ({@code init: {kind: uniform, a: 0.1}}, {@code {kind: normal, std: 0.05}},
     * {@code {kind: constant, value: 0.1}}).
     */
    public record InitConfig(String kind, Double a, Double std, Double value) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static InitConfig named(String kind) {
            return new InitConfig(kind, null, null, null);
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public InitConfig {
        }
    }

    /** Gradient clipping: exactly one of {@code norm} (global L2 norm) or {@code value} (per coordinate). */
    public record ClipConfig(Double norm, Double value) {
    }

    /** A layer of a fixed network: one weight row and one bias per unit, and the activation. */
    public record LayerConfig(List<List<Double>> weights, List<Double> biases, String activation) {
    }

    /** {@code {kind: l2, lambda: 1e-4}}; elastic-net also takes {@code l1-ratio}. */
    public record RegularizerConfig(String kind, Double lambda, Double l1Ratio, Double w0) {
    }

    /**
     * {@code {kind: adam, learning-rate: 0.01, ...}}; the schedule scales the learning rate over
     * steps. {@code lbfgs} takes {@code memory} and {@code tolerance} instead.
     */
    public record OptimizerConfig(
            String kind,
            Double learningRate,
            ScheduleConfig schedule,
            Double momentum,
            Double beta1,
            Double beta2,
            Double epsilon,
            Double rho,
            Boolean projection,
            Double t0,
            Integer memory,
            Double tolerance) {
    }

    /**
     * A schedule written as a bare name ({@code schedule: inverse-sqrt}) or as an object
     * ({@code schedule: {kind: step, factor: 0.5, every: 1000}}).
     */
    public record ScheduleConfig(String kind, Double a, Double b, Double factor, Long every, Double decay) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static ScheduleConfig named(String kind) {
            return new ScheduleConfig(kind, null, null, null, null, null);
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public ScheduleConfig {
        }
    }

    /**
     * A figure: kind, which models and datasets (default all), the metric (fold-scores), two
     * feature indices (decision-boundary on data with more than 2 features), test functions,
     * optimizers, steps and start (optimizer-paths), the view of a loss surface and, for view
     * interpolation, what it runs between (start-end or models).
     */
    public record PlotConfig(String kind, List<String> models, List<String> datasets, String metric, List<Integer> features,
                             List<String> functions, List<OptimizerConfig> optimizers, Integer steps, Double start, String view,
                             String between) {
    }

    /** A significance test: kind, baseline model (default: every pair), metric (default: the first), alpha, rope. */
    public record TestConfig(String kind, String baseline, String metric, Double alpha, Double rope) {
    }

    /** Early stopping on a held-out fraction of the training rows. */
    public record EarlyStoppingConfig(Double validationFraction, Integer patience, Boolean restoreBest) {
    }
}
