package versus.experiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import versus.eval.Metric;
import versus.experiment.ExperimentConfig.OptimizerConfig;
import versus.experiment.ExperimentPlan.DataSpec;
import versus.experiment.ExperimentPlan.ModelSpec;
import versus.objective.Regularizer;
import versus.optim.Minimizer;
import versus.stats.FriedmanNemenyi;

/**
 * The {@code plots:} section: each figure kind with its keys, checked against the experiment's
 * models, data sets and metrics so that an undrawable figure fails before training.
 */
final class PlotPlanner {
    private final YamlSource src;
    private final ConfigChecks check;
    private final TrainingPlanner training;

    PlotPlanner(ConfigChecks check, TrainingPlanner training) {
        this.check = check;
        this.src = check.source();
        this.training = training;
    }

    List<PlotSpec> plots(List<ExperimentConfig.PlotConfig> list, List<DataSpec> data, List<ModelSpec> models,
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
            if ((kind == PlotSpec.Kind.CODES || kind == PlotSpec.Kind.RECONSTRUCTIONS)
                    && models.stream().filter(m -> ms.isEmpty() || ms.contains(m.name())).noneMatch(AutoencoderPlanner::isAutoencoder)) {
                throw src.error(at + "/kind", "plot " + kind.token() + " draws autoencoders and " + (ms.isEmpty() ? "this experiment has"
                        : "models " + ms + " include") + " none that it can read; add a model with 'model: autoencoder' (one wrapped in "
                        + "multi-label: binary-relevance or tuned by a grid over 'model' has no single network to draw)");
            }
            if (p.metric() != null && kind != PlotSpec.Kind.FOLD_SCORES && kind != PlotSpec.Kind.CRITICAL_DIFFERENCE) {
                throw src.error(at + "/metric", "'metric' applies to fold-scores and critical-difference, not " + kind.token());
            }
            String metric = p.metric() == null ? (metrics.isEmpty() ? null : metrics.get(0).name()) : p.metric();
            if (p.metric() != null && metrics.stream().noneMatch(m -> m.name().equals(p.metric()))) {
                throw src.error(at + "/metric", "metric '" + p.metric() + "' is not in this experiment's metrics " + ConfigChecks.metricNames(metrics));
            }
            PlotSpec.SurfaceView view = surfaceView(p, kind, at);
            PlotSpec.Endpoints between = endpoints(p, view, at);
            boolean exact = view == PlotSpec.SurfaceView.EXACT;
            pathFigureModels(kind, view, between, ms, models, at);
            drawableModels(kind, view, between, ms, ds.isEmpty() ? data.stream().map(ExperimentPlan.DataSpec::name).toList() : ds, models, at);
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
            List<versus.plot.Named<Minimizer>> optimizers = new ArrayList<>();
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
                        ? List.of(new OptimizerConfig("gd", 0.1, null, null, null, null, null, null, null, null, null, null)) : p.optimizers();
                for (int j = 0; j < ocs.size(); j++) {
                    OptimizerConfig oc = ocs.get(j);
                    String oat = at + "/optimizers/" + j;
                    if (parabola && "lbfgs".equals(oc.kind())) {
                        throw src.error(oat + "/kind", "the parabola figure tabulates first-order iterates; lbfgs draws on the 2-D functions");
                    }
                    Minimizer spec = training.minimizer(oc, new Regularizer.None(), oat);
                    String label = (oc.kind() == null ? "adam" : oc.kind()) + (oc.learningRate() == null ? "" : " " + oc.learningRate());
                    optimizers.add(new versus.plot.Named<>(label, j, spec));
                }
            } else if (p.functions() != null || p.optimizers() != null || p.start() != null) {
                throw src.error(at, "'functions', 'optimizers' and 'start' apply to optimizer-paths (and 'optimizers' to loss-surface view exact)");
            }
            if (exact && (p.functions() != null || p.start() != null)) {
                throw src.error(at, "loss-surface view exact takes optimizers and steps, not functions or start");
            }
            if (p.steps() != null && kind != PlotSpec.Kind.OPTIMIZER_PATHS && !exact) {
                throw src.error(at + "/steps", "'steps' applies to optimizer-paths and loss-surface view exact, not " + kind.token()
                        + (view != null ? " view " + view.token() : ""));
            }
            int steps = p.steps() == null ? (parabola ? 30 : 100) : p.steps();
            if (steps < 1) {
                throw src.error(at + "/steps", "steps must be >= 1, got " + steps);
            }
            out.add(new PlotSpec(kind, at, ms, ds, metric, features, functions, parabola, p.start() == null ? 3.0 : p.start(),
                    optimizers, steps, view, between));
        }
        return out;
    }

    private PlotSpec.SurfaceView surfaceView(ExperimentConfig.PlotConfig p, PlotSpec.Kind kind, String at) {
        if (p.view() == null) {
            return PlotSpec.SurfaceView.SLICE;
        }
        return PlotSpec.SurfaceView.parse(p.view()).filter(v -> kind == PlotSpec.Kind.LOSS_SURFACE).orElseThrow(() -> src.error(at + "/view",
                "'view' applies to loss-surface: slice (around the trained parameters), exact (J(w, b) on one feature, with optimizer "
                        + "paths), pca-path (the training path on its top 2 PCA directions) or interpolation (J on a line)"));
    }

    private PlotSpec.Endpoints endpoints(ExperimentConfig.PlotConfig p, PlotSpec.SurfaceView view, String at) {
        if (p.between() == null) {
            return PlotSpec.Endpoints.START_END;
        }
        if (view != PlotSpec.SurfaceView.INTERPOLATION) {
            throw src.error(at + "/between", "'between' applies to loss-surface view interpolation");
        }
        return PlotSpec.Endpoints.parse(p.between()).orElseThrow(() -> src.error(at + "/between",
                "unknown between '" + p.between() + "'; allowed: start-end (each model's initial and trained parameters), "
                        + "models (the trained parameters of the two models in 'models')"));
    }

    /**
     * Figures drawn from training paths or training histories need gradient-trained models: a
     * pca-path or interpolation names them in {@code models:} (each must be one), an interpolation
     * between models names exactly two of one parameter space, objective-vs-time needs one.
     */
    private void pathFigureModels(PlotSpec.Kind kind, PlotSpec.SurfaceView view, PlotSpec.Endpoints between, List<String> named,
                                  List<ModelSpec> models, String at) {
        if (kind == PlotSpec.Kind.OBJECTIVE_VS_TIME) {
            boolean any = false;
            for (ModelSpec m : models) {
                any |= (named.isEmpty() || named.contains(m.name())) && GradientModels.gradientTrained(m);
            }
            if (!any) {
                throw src.error(at + "/kind", "objective-vs-time draws training histories; none of its models is gradient-trained "
                        + "(linear or mlp)");
            }
            return;
        }
        if (view != PlotSpec.SurfaceView.PCA_PATH && view != PlotSpec.SurfaceView.INTERPOLATION) {
            return;
        }
        String what = "loss-surface view " + view.token();
        if (named.isEmpty()) {
            throw src.error(at, what + " needs 'models': the gradient-trained models (linear or mlp) to draw");
        }
        for (int j = 0; j < named.size(); j++) {
            ModelSpec m = byName(models, named.get(j));
            if (!GradientModels.gradientTrained(m)) {
                throw src.error(at + "/models/" + j, what + " needs a model trained by gradient steps (linear or mlp, not tuned); '"
                        + m.name() + "' is " + m.summary());
            }
        }
        if (between == PlotSpec.Endpoints.MODELS) {
            if (named.size() != 2) {
                throw src.error(at + "/models", "interpolation between models needs exactly 2 models, got " + named.size());
            }
            if (!GradientModels.sameParameterSpace(byName(models, named.get(0)), byName(models, named.get(1)))) {
                throw src.error(at + "/models/1", "interpolation between models needs two models of the same architecture and loss; '"
                        + named.get(0) + "' and '" + named.get(1) + "' differ");
            }
        }
    }

    /**
     * Every model a plot names must run on one of its data sets, and the plots that read a
     * trained model's parameters need one of the right kind: loss-surface slices a gradient-trained
     * model, linear-regions an MLP with piecewise-linear hidden units. Otherwise the figure could
     * never be drawn, which must show now rather than as a silently missing file.
     */
    private void drawableModels(PlotSpec.Kind kind, PlotSpec.SurfaceView view, PlotSpec.Endpoints between, List<String> named,
                                List<String> plotData, List<ModelSpec> models, String at) {
        for (int j = 0; j < named.size(); j++) {
            ModelSpec m = byName(models, named.get(j));
            if (!plotData.isEmpty() && plotData.stream().noneMatch(m::runsOn)) {
                throw src.error(at + "/models/" + j, "model '" + m.name() + "' runs on none of this plot's data sets " + plotData
                        + " (see its 'datasets:')");
            }
        }
        if (between == PlotSpec.Endpoints.MODELS && named.size() == 2) {
            ModelSpec a = byName(models, named.get(0));
            ModelSpec b = byName(models, named.get(1));
            if (plotData.stream().noneMatch(d -> a.runsOn(d) && b.runsOn(d))) {
                throw src.error(at + "/models", "interpolation between models needs a data set both run on; '" + a.name() + "' and '"
                        + b.name() + "' share none of " + plotData);
            }
        }
        List<ModelSpec> drawn = models.stream().filter(m -> named.isEmpty() || named.contains(m.name())).toList();
        if (kind == PlotSpec.Kind.LOSS_SURFACE && view == PlotSpec.SurfaceView.SLICE
                && drawn.stream().noneMatch(GradientModels::gradientTrained)) {
            throw src.error(named.isEmpty() ? at + "/kind" : at + "/models", "loss-surface view slice draws the objective around "
                    + "the parameters of gradient-trained models (linear or mlp); " + (named.isEmpty() ? "this experiment has" : "models "
                    + named + " include") + " none");
        }
        if (kind == PlotSpec.Kind.LINEAR_REGIONS && drawn.stream().noneMatch(GradientModels::piecewiseLinearMlp)) {
            throw src.error(named.isEmpty() ? at + "/kind" : at + "/models", "linear-regions colours the input plane by the "
                    + "activation pattern of an mlp with relu-family, hard-tanh or maxout units; " + (named.isEmpty()
                    ? "this experiment has" : "models " + named + " include") + " none");
        }
    }

    private static ModelSpec byName(List<ModelSpec> models, String name) {
        for (ModelSpec m : models) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        throw new IllegalStateException("unchecked model name " + name);
    }

    private static Optional<versus.plot.TestFunctions.TestFunction> testFunction(String name) {
        for (versus.plot.TestFunctions.TestFunction f : versus.plot.TestFunctions.standard()) {
            if (f.name().toLowerCase(java.util.Locale.ROOT).startsWith(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

}
