package versus.experiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import versus.eval.Bootstrap;
import versus.eval.Metric;
import versus.eval.Metrics;
import versus.experiment.ExperimentPlan.DataSpec;
import versus.experiment.ExperimentPlan.ModelSpec;
import versus.experiment.ExperimentPlan.ProtocolSpec;
import versus.report.SignificanceSpec;

/**
 * Turns an {@link ExperimentConfig} into an {@link ExperimentPlan}: applies defaults, resolves
 * names through the registries and builds every hyperparameter record, so that each mistake
 * surfaces here as a located one-line {@link ConfigException} before anything is trained or
 * written.
 */
public final class PlanBuilder {
    /** Metrics whose no-information value the .632+ estimator knows. */
    static final Set<String> NO_INFORMATION_METRICS = Set.of("accuracy", "error");

    private final YamlSource src;
    private final DataPlanner dataPlanner;
    private final ProtocolPlanner protocolPlanner;
    private final ModelPlanner modelPlanner;
    private final PlotPlanner plotPlanner;
    private final TestPlanner testPlanner;
    private final java.util.Optional<versus.train.Budget> budget;

    private PlanBuilder(YamlSource src) {
        this.src = src;
        ConfigChecks check = new ConfigChecks(src);
        TrainingPlanner training = new TrainingPlanner(check);
        this.dataPlanner = new DataPlanner(check);
        this.protocolPlanner = new ProtocolPlanner(check);
        this.budget = new BudgetPlanner(check).budget(src.config().budget());
        this.modelPlanner = new ModelPlanner(check, training, budget);
        this.plotPlanner = new PlotPlanner(check, training);
        this.testPlanner = new TestPlanner(check);
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
                && c.plots().stream().allMatch(p -> p != null && FigureKinds.find(p.kind()).map(FigureKind::isStatic).orElse(false))
                && (c.datasets() == null || c.datasets().isEmpty()) && (c.models() == null || c.models().isEmpty());
        long seed = c.seed() == null ? 0L : c.seed();
        List<DataSpec> data = figuresOnly ? List.of() : dataPlanner.datasets(c.datasets(), seed);
        ProtocolSpec protocol = protocolPlanner.protocol(c.protocol(), data);
        List<Metric> metrics = metrics(c.metrics());
        if (c.protocol() != null && "nested".equals(c.protocol().kind())
                && (c.models() == null || c.models().stream().noneMatch(m -> m != null && m.grid() != null))) {
            throw src.error("/protocol/kind", "protocol nested tunes the models' grids by inner cross-validation, and no model has "
                    + "a grid; give one, e.g. grid: {regularizer.lambda: [1.0e-4, 1.0e-3]}, or use protocol kfold");
        }
        List<ModelSpec> models = figuresOnly ? List.of() : modelPlanner.restrict(modelPlanner.models(c.models(), metrics.get(0)), c.models(), data);
        if (protocol.bootstrapEstimator().filter(Bootstrap.Estimator::needsNoInformation).isPresent()) {
            for (int i = 0; i < metrics.size(); i++) {
                if (!NO_INFORMATION_METRICS.contains(metrics.get(i).name())) {
                    throw src.error(c.metrics() == null ? "/protocol/estimator" : "/metrics/" + i, "the .632+ estimator needs a "
                            + "no-information value, defined here for accuracy and error only; use estimator 632 for "
                            + metrics.get(i).name());
                }
            }
        }
        List<SignificanceSpec> tests = testPlanner.tests(c, data, models, metrics);
        List<PlotSpec> plots = plotPlanner.plots(c.plots(), data, models, metrics);
        return new ExperimentPlan(c.name(), c.description() == null ? "" : c.description().strip(), seed,
                data, protocol, models, metrics, tests, plots, src, budget);
    }

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

}
