package versus.experiment;

import java.util.List;
import java.util.function.IntFunction;
import versus.data.Dataset;
import versus.eval.Metric;
import versus.eval.Protocol;
import versus.train.Learner;

/**
 * An experiment with every name resolved and every value checked: what to load, how to split,
 * what to train, what to measure, and the optional training budget every native model gets. Built by {@link PlanBuilder}, executed by {@link Runner}.
 */
public record ExperimentPlan(
        String name,
        String description,
        long seed,
        List<DataSpec> datasets,
        ProtocolSpec protocol,
        List<ModelSpec> models,
        List<Metric> metrics,
        List<versus.report.SignificanceSpec> tests,
        List<PlotSpec> plots,
        YamlSource source,
        java.util.Optional<versus.train.Budget> budget) {

    /** The protocol sentence of the report, followed by the training budget when there is one. */
    public String describeProtocol() {
        return describeProtocol(protocol.describe());
    }

    /** {@link #describeProtocol()} with the protocol's own sentence given (as amended for the data). */
    public String describeProtocol(String protocolText) {
        return protocolText + budget.map(b -> ". Training budget: " + b.describe() + "; the models table says how it applies to each")
                .orElse("");
    }

    /** How to obtain one data set; {@code pointer} locates its entry in the YAML. */
    public record DataSpec(String name, String pointer, String origin, boolean standardize, Loader loader) {
    }

    /** Loads (or generates) a data set; data errors are {@link versus.data.DataFormatException}s. */
    @FunctionalInterface
    public interface Loader {
        LoadedData load();
    }

    /**
     * A loaded data set; when the YAML gave a separate test file its rows follow the training
     * rows and {@code trainRows} counts the training part, otherwise {@code trainRows} is -1.
     */
    public record LoadedData(Dataset data, int trainRows, versus.data.DataNotes notes) {
        /** Generated data: nothing was read or changed. */
        public LoadedData(Dataset data, int trainRows) {
            this(data, trainRows, versus.data.DataNotes.generated(data));
        }

        public boolean hasSeparateTest() { return trainRows >= 0; }
    }

    /** The protocol for a given loaded data set, and a sentence describing it. */
    public interface ProtocolSpec {
        Protocol forData(LoadedData data);

        String describe();

        /** Whether every data set must come with a separate test file (protocol train-test). */
        default boolean needsSeparateTest() { return false; }

        /** For the bootstrap: how per-resample numbers combine (.632 needs resubstitution scores too). */
        default java.util.Optional<versus.eval.Bootstrap.Estimator> bootstrapEstimator() { return java.util.Optional.empty(); }
    }

    /**
     * One model: its unique name, a one-line description of the composition, the learner for a
     * data set with the given number of classes (the output coding depends on K), and whether it
     * is a ranker (trained on pairs; only ranking metrics apply to it).
     */
    public record ModelSpec(String name, String pointer, String summary, IntFunction<Learner> learnerFor, boolean ranker,
                            java.util.Set<String> onlyDatasets) {
        public ModelSpec(String name, String pointer, String summary, IntFunction<Learner> learnerFor, boolean ranker) {
            this(name, pointer, summary, learnerFor, ranker, java.util.Set.of());
        }

        public ModelSpec(String name, String pointer, String summary, IntFunction<Learner> learnerFor) {
            this(name, pointer, summary, learnerFor, false);
        }

        /** Whether this model runs on the named data set (all of them unless the YAML says {@code datasets: [...]}). */
        public boolean runsOn(String dataset) {
            return onlyDatasets.isEmpty() || onlyDatasets.contains(dataset);
        }

        public ModelSpec restrictedTo(java.util.Set<String> datasets) {
            return new ModelSpec(name, pointer, summary, learnerFor, ranker, java.util.Set.copyOf(datasets));
        }
    }
}
