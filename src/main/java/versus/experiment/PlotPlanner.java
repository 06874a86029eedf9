package versus.experiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import versus.eval.Metric;
import versus.experiment.ExperimentPlan.DataSpec;
import versus.experiment.ExperimentPlan.ModelSpec;

/**
 * The {@code plots:} section. The checks every figure shares are made here: its kind is one of
 * {@link FigureKinds#ALL}, its models and data sets exist, a figure of trained models has models
 * to draw and each model it names runs on one of its data sets, its keys are ones its kind reads
 * ({@link FigureKind#keys}), its metric is one of the experiment's. Then its kind reads its own
 * keys and makes its own checks ({@link FigureKind#plan}), so that an undrawable figure fails
 * before training.
 */
final class PlotPlanner {
    private final YamlSource src;
    private final TrainingPlanner training;

    PlotPlanner(ConfigChecks check, TrainingPlanner training) {
        this.src = check.source();
        this.training = training;
    }

    List<PlotSpec> plots(List<ExperimentConfig.PlotConfig> list, List<DataSpec> data, List<ModelSpec> models, List<Metric> metrics) {
        List<PlotSpec> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        FigurePlanning ctx = new FigurePlanning(src, models, data, metrics, training);
        for (int i = 0; i < list.size(); i++) {
            String at = "/plots/" + i;
            ExperimentConfig.PlotConfig p = list.get(i);
            FigureKind kind = FigureKinds.parse(p == null ? null : p.kind(), src, at);
            PlotSpec spec = shared(p, kind, at, ctx);
            out.add(kind.plan(p, spec, ctx));
        }
        return out;
    }

    /** The plot with its names checked and its metric resolved (default: the experiment's first). */
    private PlotSpec shared(ExperimentConfig.PlotConfig p, FigureKind kind, String at, FigurePlanning ctx) {
        List<String> ms = p.models() == null ? List.of() : p.models();
        List<String> ds = p.datasets() == null ? List.of() : p.datasets();
        Set<String> modelNames = new HashSet<>();
        ctx.models().forEach(m -> modelNames.add(m.name()));
        Set<String> dataNames = new HashSet<>();
        ctx.data().forEach(d -> dataNames.add(d.name()));
        for (int j = 0; j < ms.size(); j++) {
            if (!modelNames.contains(ms.get(j))) {
                throw src.error(at + "/models/" + j, "no model named '" + ms.get(j) + "'; models: " + modelNames);
            }
        }
        for (int j = 0; j < ds.size(); j++) {
            if (!dataNames.contains(ds.get(j))) {
                throw src.error(at + "/datasets/" + j, "no dataset named '" + ds.get(j) + "'; datasets: " + dataNames);
            }
        }
        if (!kind.isStatic() && ctx.models().isEmpty()) {
            throw src.error(at + "/kind", "plot " + kind.token() + " draws trained models; this experiment has none");
        }
        for (Map.Entry<String, Object> key : given(p).entrySet()) {
            if (key.getValue() != null && !kind.keys().contains(key.getKey())) {
                throw src.error(at + "/" + key.getKey(), "'" + key.getKey() + "' applies to " + FigureKinds.havingKey(key.getKey())
                        + ", not " + kind.token());
            }
        }
        List<Metric> metrics = ctx.metrics();
        if (p.metric() != null && metrics.stream().noneMatch(m -> m.name().equals(p.metric()))) {
            throw src.error(at + "/metric", "metric '" + p.metric() + "' is not in this experiment's metrics " + ConfigChecks.metricNames(metrics));
        }
        String metric = p.metric() != null ? p.metric() : metrics.isEmpty() ? null : metrics.get(0).name();
        PlotSpec spec = PlotSpec.of(kind, at, ms, ds, metric);
        List<String> plotData = ctx.covered(spec);
        for (int j = 0; j < ms.size(); j++) {
            ModelSpec m = ctx.byName(ms.get(j));
            if (!plotData.isEmpty() && plotData.stream().noneMatch(m::runsOn)) {
                throw src.error(at + "/models/" + j, "model '" + m.name() + "' runs on none of this plot's data sets " + plotData
                        + " (see its 'datasets:')");
            }
        }
        return spec;
    }

    /** The kind-specific keys of a plot entry with their values (null: not given), in the entry's field order. */
    private static Map<String, Object> given(ExperimentConfig.PlotConfig p) {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("metric", p.metric());
        keys.put("features", p.features());
        keys.put("functions", p.functions());
        keys.put("optimizers", p.optimizers());
        keys.put("steps", p.steps());
        keys.put("start", p.start());
        keys.put("view", p.view());
        keys.put("between", p.between());
        return keys;
    }
}
