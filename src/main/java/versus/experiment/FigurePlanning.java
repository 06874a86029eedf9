package versus.experiment;

import java.util.ArrayList;
import java.util.List;
import versus.eval.Metric;
import versus.experiment.ExperimentConfig.OptimizerConfig;
import versus.experiment.ExperimentPlan.DataSpec;
import versus.experiment.ExperimentPlan.ModelSpec;
import versus.objective.Regularizer;
import versus.optim.Minimizer;
import versus.plot.Named;

/**
 * What a figure kind checks its plan against: the experiment's models, data sets and metrics, the
 * YAML source for located errors, and the readers of the plot keys several kinds share.
 */
record FigurePlanning(YamlSource src, List<ModelSpec> models, List<DataSpec> data, List<Metric> metrics, TrainingPlanner training) {

    /** The models the figure draws: those named in its {@code models:}, else all. */
    List<ModelSpec> drawn(PlotSpec spec) {
        return models.stream().filter(m -> spec.includes(m.name())).toList();
    }

    /** The data sets the figure covers, by name. */
    List<String> covered(PlotSpec spec) {
        return spec.datasets().isEmpty() ? data.stream().map(DataSpec::name).toList() : spec.datasets();
    }

    ModelSpec byName(String name) {
        for (ModelSpec m : models) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        throw new IllegalStateException("unchecked model name " + name);
    }

    /** "this experiment has" or "models [a, b] include": the subject of a "none of them" error. */
    static String whose(PlotSpec spec) {
        return spec.models().isEmpty() ? "this experiment has" : "models " + spec.models() + " include";
    }

    /** Where a "none of the drawn models" error points: the plot's models, else its kind. */
    static String noneAt(PlotSpec spec) {
        return spec.pointer() + (spec.models().isEmpty() ? "/kind" : "/models");
    }

    /** The optimizers under {@code optimizers:} (default: gradient descent at 0.1), with their legend labels. */
    List<Named<Minimizer>> optimizers(List<OptimizerConfig> given, String at, boolean firstOrderOnly, String firstOrderReason) {
        List<OptimizerConfig> ocs = given == null || given.isEmpty()
                ? List.of(new OptimizerConfig("gd", 0.1, null, null, null, null, null, null, null, null, null, null)) : given;
        List<Named<Minimizer>> out = new ArrayList<>();
        for (int j = 0; j < ocs.size(); j++) {
            OptimizerConfig oc = ocs.get(j);
            String oat = at + "/optimizers/" + j;
            if (firstOrderOnly && "lbfgs".equals(oc.kind())) {
                throw src.error(oat + "/kind", firstOrderReason);
            }
            Minimizer spec = training.minimizer(oc, new Regularizer.None(), oat);
            String label = (oc.kind() == null ? "adam" : oc.kind()) + (oc.learningRate() == null ? "" : " " + oc.learningRate());
            out.add(new Named<>(label, j, spec));
        }
        return out;
    }

    /** {@code steps:}, at least 1, else {@code fallback}. */
    int steps(Integer given, String at, int fallback) {
        int steps = given == null ? fallback : given;
        if (steps < 1) {
            throw src.error(at + "/steps", "steps must be >= 1, got " + steps);
        }
        return steps;
    }
}
