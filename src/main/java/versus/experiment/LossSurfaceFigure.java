package versus.experiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.knowm.xchart.XYChart;
import versus.data.Dataset;
import versus.eval.Outcome;
import versus.experiment.ExperimentPlan.ModelSpec;
import versus.experiment.PlotSpec.Endpoints;
import versus.experiment.PlotSpec.SurfaceView;
import versus.loss.BinaryMargin;
import versus.model.LinearModel;
import versus.model.ModelClassifier;
import versus.objective.Objective;
import versus.objective.Regularizer;
import versus.plot.Figure;
import versus.plot.LossSurface;
import versus.plot.Named;

/**
 * {@code loss-surface}: a picture of the objective of the split-0 models on standardized data,
 * chosen by {@code view:} (see {@link SurfaceView}): slice (default; Li et al. 2018), exact J(w, b)
 * on one feature ({@code features: [j]}, with {@code optimizers} and {@code steps}), pca-path
 * (Li et al. 2018, Section 7) or interpolation ({@code between: start-end | models}; Goodfellow,
 * Vinyals and Saxe 2015). The path views draw from recorded parameter paths, so the models they
 * name must be gradient-trained.
 */
final class LossSurfaceFigure extends PerDatasetFigure {
    /** Rows the random slice measures J on. */
    private static final int SLICE_ROWS = 500;

    LossSurfaceFigure() {
        super("loss-surface", "the loss around the trained parameters (view: slice, exact, pca-path, interpolation; Li et al. 2018)");
    }

    @Override public Set<String> keys() { return Set.of("view", "between", "features", "optimizers", "steps"); }
    @Override public boolean singleLabelOnly() { return true; }

    @Override
    public PlotSpec plan(ExperimentConfig.PlotConfig entry, PlotSpec spec, FigurePlanning ctx) {
        SurfaceView view = view(entry, spec, ctx.src());
        Endpoints between = between(entry, spec, view, ctx.src());
        PlotSpec s = spec.withView(view, between);
        switch (view) {
            case EXACT -> {
                return exact(entry, s, ctx);
            }
            case PCA_PATH, INTERPOLATION -> pathModels(s, ctx);
            case SLICE -> {
                if (ctx.drawn(s).stream().noneMatch(GradientModels::gradientTrained)) {
                    throw ctx.src().error(FigurePlanning.noneAt(s), "loss-surface view slice draws the objective around the parameters"
                            + " of gradient-trained models (linear or mlp); " + FigurePlanning.whose(s) + " none");
                }
            }
        }
        onlyExactKeys(entry, s, ctx.src());
        return s;
    }

    private static SurfaceView view(ExperimentConfig.PlotConfig entry, PlotSpec spec, YamlSource src) {
        if (entry.view() == null) {
            return SurfaceView.SLICE;
        }
        return SurfaceView.parse(entry.view()).orElseThrow(() -> src.error(spec.pointer() + "/view",
                "'view' applies to loss-surface: slice (around the trained parameters), exact (J(w, b) on one feature, with optimizer "
                        + "paths), pca-path (the training path on its top 2 PCA directions) or interpolation (J on a line)"));
    }

    private static Endpoints between(ExperimentConfig.PlotConfig entry, PlotSpec spec, SurfaceView view, YamlSource src) {
        if (entry.between() == null) {
            return Endpoints.START_END;
        }
        if (view != SurfaceView.INTERPOLATION) {
            throw src.error(spec.pointer() + "/between", "'between' applies to loss-surface view interpolation");
        }
        return Endpoints.parse(entry.between()).orElseThrow(() -> src.error(spec.pointer() + "/between",
                "unknown between '" + entry.between() + "'; allowed: start-end (each model's initial and trained parameters), "
                        + "models (the trained parameters of the two models in 'models')"));
    }

    /** View exact: one feature, the optimizers whose full-batch paths are drawn, their steps. */
    private static PlotSpec exact(ExperimentConfig.PlotConfig entry, PlotSpec spec, FigurePlanning ctx) {
        String at = spec.pointer();
        if (entry.features() == null) {
            throw ctx.src().error(at, "loss-surface view exact needs features: [j], the one feature of the 2-parameter model");
        }
        if (entry.features().size() != 1) {
            throw ctx.src().error(at + "/features", "loss-surface view exact takes one feature: features: [j]");
        }
        var optimizers = ctx.optimizers(entry.optimizers(), at, false, null);
        int steps = ctx.steps(entry.steps(), at, PlotSpec.DEFAULT_STEPS);
        return spec.withFeatures(new int[] {entry.features().get(0)})
                .withPaths(List.of(), false, PlotSpec.DEFAULT_START, optimizers, steps);
    }

    /** features, optimizers and steps belong to view exact. */
    private static void onlyExactKeys(ExperimentConfig.PlotConfig entry, PlotSpec spec, YamlSource src) {
        String not = ", not view " + spec.view().token();
        if (entry.features() != null) {
            throw src.error(spec.pointer() + "/features", "'features' applies to loss-surface view exact (features: [j])" + not);
        }
        if (entry.optimizers() != null) {
            throw src.error(spec.pointer() + "/optimizers", "'optimizers' applies to loss-surface view exact" + not);
        }
        if (entry.steps() != null) {
            throw src.error(spec.pointer() + "/steps", "'steps' applies to optimizer-paths and loss-surface view exact" + not);
        }
    }

    /**
     * pca-path and interpolation draw recorded training paths: they name their models, each
     * gradient-trained; an interpolation between models names exactly two of one parameter space
     * that share a data set of the plot.
     */
    private static void pathModels(PlotSpec spec, FigurePlanning ctx) {
        String at = spec.pointer();
        String what = "loss-surface view " + spec.view().token();
        List<String> named = spec.models();
        if (named.isEmpty()) {
            throw ctx.src().error(at, what + " needs 'models': the gradient-trained models (linear or mlp) to draw");
        }
        for (int j = 0; j < named.size(); j++) {
            ModelSpec m = ctx.byName(named.get(j));
            if (!GradientModels.gradientTrained(m)) {
                throw ctx.src().error(at + "/models/" + j, what + " needs a model trained by gradient steps (linear or mlp, not tuned); '"
                        + m.name() + "' is " + m.summary());
            }
        }
        if (spec.between() != Endpoints.MODELS) {
            return;
        }
        if (named.size() != 2) {
            throw ctx.src().error(at + "/models", "interpolation between models needs exactly 2 models, got " + named.size());
        }
        ModelSpec a = ctx.byName(named.get(0));
        ModelSpec b = ctx.byName(named.get(1));
        if (!GradientModels.sameParameterSpace(a, b)) {
            throw ctx.src().error(at + "/models/1", "interpolation between models needs two models of the same architecture and loss; '"
                    + a.name() + "' and '" + b.name() + "' differ");
        }
        List<String> plotData = ctx.covered(spec);
        if (plotData.stream().noneMatch(d -> a.runsOn(d) && b.runsOn(d))) {
            throw ctx.src().error(at + "/models", "interpolation between models needs a data set both run on; '" + a.name() + "' and '"
                    + b.name() + "' share none of " + plotData);
        }
    }

    @Override
    public void checkData(PlotSpec spec, String dataset, Dataset d, YamlSource src) {
        if (spec.view() != SurfaceView.EXACT) {
            return;
        }
        int f = spec.features().orElseThrow()[0];
        if (f < 0 || f >= d.cols() || d.numClasses() != 2) {
            throw src.error(spec.pointer(), "loss-surface view exact needs a two-class dataset and a feature index in 0.."
                    + (d.cols() - 1) + "; dataset '" + dataset + "' has " + d.numClasses() + " classes");
        }
    }

    /** pca-path and interpolation from start to end read the parameter path of each drawn model. */
    @Override
    public boolean needsTrajectory(PlotSpec spec, String model, String dataset) {
        boolean path = spec.view() == SurfaceView.PCA_PATH
                || spec.view() == SurfaceView.INTERPOLATION && spec.between() == Endpoints.START_END;
        return path && spec.includes(model) && spec.covers(dataset);
    }

    @Override
    Optional<FigureContext.Drawn> drawOn(PlotSpec p, FigureContext ctx, Runner.Loaded l, List<Outcome> mine) {
        return switch (p.view()) {
            case EXACT -> exactSurface(p, l, mine);
            case PCA_PATH, INTERPOLATION -> pathView(p, ctx, l, mine);
            case SLICE -> slice(ctx, l, mine);
        };
    }

    private static Optional<FigureContext.Drawn> pathView(PlotSpec p, FigureContext ctx, Runner.Loaded l, List<Outcome> mine) {
        Dataset[] parts = FigureContext.splitZero(l);
        List<Named<Outcome>> split0 = new ArrayList<>();
        for (Outcome o : mine) {
            if (o.split().index() == 0 && o.classifier() != null) {
                split0.add(new Named<>(o.model(), ctx.colour(o.model()), o));
            }
        }
        PathFigures paths = new PathFigures(ctx.plan());
        String ds = l.spec().name();
        return p.view() == SurfaceView.PCA_PATH ? paths.pcaPath(ds, parts[0], split0)
                : paths.interpolation(p, ds, parts[0], parts[1], split0);
    }

    /** J without the penalty (the classifier does not carry its regularizer) along two random directions per model. */
    private static Optional<FigureContext.Drawn> slice(FigureContext ctx, Runner.Loaded l, List<Outcome> mine) {
        Dataset train = FigureContext.splitZero(l)[0];
        int[] rows = firstRows(Math.min(train.rows(), SLICE_ROWS));
        String ds = l.spec().name();
        List<XYChart> panels = new ArrayList<>();
        for (Outcome o : mine) {
            if (o.split().index() == 0 && o.classifier() instanceof ModelClassifier mc) {
                Objective j = new Objective(mc.model(), mc.loss(), new Regularizer.None());
                panels.add(LossSurface.randomSlice(o.model(), j, train, rows,
                        new SplittableRandom(Seeds.derive(ctx.plan().seed(), "loss-surface", ds, o.model()))));
            }
        }
        return panels.isEmpty() ? Optional.empty() : Optional.of(new FigureContext.Drawn(Figure.grid(panels), "Loss surfaces on " + ds
                + " (split 0; mean loss without the penalty along two random filter-normalized directions delta, eta; Li et al. 2018)"));
    }

    /**
     * J(w, b) of each chosen model's margin loss (one panel per loss) for a one-feature linear
     * model (no penalty) on split 0's standardized training part, with the optimizers' full-batch
     * paths from (-2, -2).
     */
    private static Optional<FigureContext.Drawn> exactSurface(PlotSpec p, Runner.Loaded l, List<Outcome> mine) {
        Dataset one = oneFeature(FigureContext.splitZero(l)[0], p.features().orElseThrow()[0]);
        int[] rows = firstRows(one.rows());
        String feature = one.featureNames().get(0);
        List<XYChart> panels = new ArrayList<>();
        Set<String> losses = new LinkedHashSet<>();
        for (Outcome o : mine) {
            if (o.split().index() == 0 && o.classifier() instanceof ModelClassifier mc
                    && mc.loss() instanceof BinaryMargin && losses.add(mc.loss().name())) {
                Objective jw = new Objective(new LinearModel(1, 1), mc.loss(), new Regularizer.None());
                panels.add(LossSurface.exact2d(mc.loss().name() + " loss on " + feature, jw, one, rows,
                        p.optimizers(), new double[] {-2, -2}, p.steps()));
            }
        }
        return panels.isEmpty() ? Optional.empty() : Optional.of(new FigureContext.Drawn(Figure.grid(panels), "Exact loss surfaces "
                + "J(w, b) on feature " + feature + " of " + l.spec().name() + " (split 0, no penalty) with optimizer paths"));
    }

    /** Column {@code j} of {@code train} as a one-feature data set. */
    private static Dataset oneFeature(Dataset train, int j) {
        double[] x = new double[train.rows()];
        for (int i = 0; i < x.length; i++) {
            x[i] = train.get(i, j);
        }
        return new Dataset(train.name(), x, train.labels(), List.of(train.featureNames().get(j)), train.classNames(), null);
    }

    private static int[] firstRows(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }
}
