package versus.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import versus.data.Dataset;
import versus.eval.ConfusionMatrix;
import versus.eval.Outcome;
import versus.eval.Predictions;
import versus.model.Classifier;
import versus.optim.Minimizer;
import versus.optim.OptimizerSpec;
import versus.plot.Activations;
import versus.plot.CriticalDifference;
import versus.plot.GradientNorms;
import versus.plot.LinearRegions;
import versus.plot.LossSurface;
import versus.plot.ConfusionMatrixPlot;
import versus.plot.DecisionBoundary;
import versus.plot.Figure;
import versus.plot.FigureWriter;
import versus.plot.FoldScores;
import versus.plot.LearningCurve;
import versus.plot.Named;
import versus.plot.OptimizerPaths;
import versus.plot.PrCurve;
import versus.plot.RocCurve;
import versus.plot.SurrogateLosses;
import versus.report.FigureRef;
import versus.report.RunRecord;
import versus.report.Significance;
import versus.train.History;

/**
 * Draws the figures of {@code plots:} into {@code plots/} of the results folder being written.
 * Figures of trained models use split 0 (its training part for the model and the points, its
 * test part as hollow points) in the standardized space the model saw; the others pool all
 * splits. Colours follow each model's position in the experiment, so a model keeps its colour
 * in every figure.
 */
final class Plotter implements FigureRef.Drawer {
    private final ExperimentPlan plan;
    private final Runner.Prepared prepared;
    private final RunRecord run;

    Plotter(Runner.Prepared prepared, RunRecord run) {
        this.plan = prepared.plan();
        this.prepared = prepared;
        this.run = run;
    }

    @Override
    public List<FigureRef> draw(Path folder) throws IOException {
        List<FigureRef> out = new ArrayList<>();
        if (plan.plots().isEmpty()) {
            return out;
        }
        Path dir = Files.createDirectories(folder.resolve("plots"));
        for (int i = 0; i < plan.plots().size(); i++) {
            PlotSpec p = plan.plots().get(i);
            String base = p.kind().token() + (plan.plots().size() > 1 ? "-" + (i + 1) : "");
            switch (p.kind()) {
                case SURROGATE_LOSSES -> out.add(write(Figure.of(SurrogateLosses.chart()), dir, base, "Surrogate losses of the margin", null));
                case ACTIVATIONS -> out.add(write(Activations.figure(), dir, base, "Activations and their derivatives", null));
                case OPTIMIZER_PATHS -> out.add(optimizerPaths(p, dir, base));
                case CRITICAL_DIFFERENCE -> {
                    if (run.datasets().size() >= 2 && run.models().size() >= 2 && run.models().size() <= 10) {
                        out.add(write(Figure.of(CriticalDifference.chart(Significance.friedman(run, p.metric(), 0.05))), dir, base,
                                "Critical-difference diagram of " + p.metric() + " across " + run.datasets().size() + " data sets", null));
                    }
                }
                default -> {
                    for (Runner.Loaded l : prepared.data()) {
                        if (p.covers(l.spec().name())) {
                            FigureRef f = perDataset(p, l, dir, base + "-" + l.spec().name());
                            if (f != null) {
                                out.add(f);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private FigureRef perDataset(PlotSpec p, Runner.Loaded l, Path dir, String base) throws IOException {
        String ds = l.spec().name();
        List<Outcome> mine = new ArrayList<>();
        for (Outcome o : run.outcomes()) {
            if (o.dataset().equals(ds) && p.includes(o.model()) && !o.failed()) {
                mine.add(o);
            }
        }
        if (mine.isEmpty()) {
            return null;
        }
        switch (p.kind()) {
            case DECISION_BOUNDARY: {
                Dataset[] parts = splitZero(l);
                Dataset train = parts[0];
                Dataset test = parts[1];
                List<Named<Classifier>> models = new ArrayList<>();
                for (Outcome o : mine) {
                    if (o.split().index() == 0 && o.classifier() != null) {
                        models.add(new Named<>(o.model(), colour(o.model()), o.classifier()));
                    }
                }
                if (models.isEmpty()) {
                    return null;
                }
                Figure f = p.features().isPresent()
                        ? DecisionBoundary.figure(models, train, test, p.features().get()[0], p.features().get()[1], DecisionBoundary.meanRow(train))
                        : DecisionBoundary.figure(models, train, test);
                return write(f, dir, base, "Decision boundaries on " + ds + " (split 0" + (l.spec().standardize() ? ", standardized" : "") + ")", null);
            }
            case LEARNING_CURVE, OBJECTIVE_VS_TIME: {
                List<Named<List<History>>> models = new ArrayList<>();
                for (String model : modelOrder()) {
                    List<History> hs = new ArrayList<>();
                    for (Outcome o : mine) {
                        if (o.model().equals(model) && o.history() != null && !o.history().entries().isEmpty()) {
                            hs.add(o.history());
                        }
                    }
                    if (!hs.isEmpty()) {
                        models.add(new Named<>(model, colour(model), hs));
                    }
                }
                if (models.isEmpty()) {
                    return null;
                }
                if (p.kind() == PlotSpec.Kind.OBJECTIVE_VS_TIME) {
                    // only the gradient-trained models have a clock; the exact objective when every such run traced it
                    // (trace-objective: true), else the epochs' mean batch objective
                    List<Named<List<History>>> timed = models.stream()
                            .filter(m -> m.value().stream().allMatch(h -> h.series(LearningCurve.ELAPSED).length > 0)).toList();
                    String metric = timed.stream().allMatch(m -> m.value().stream().allMatch(h -> h.series("objective").length > 0))
                            ? "objective" : "train-loss";
                    return timed.isEmpty() ? null : write(Figure.of(LearningCurve.versusTime(metric, timed)), dir, base, "Training "
                            + metric + " against wall-clock seconds of training on " + ds + " (mean over splits, +- std band; "
                            + "measurements excluded)", null);
                }
                return write(LearningCurve.figure(LearningCurve.metrics(models), models), dir, base, "Learning curves on " + ds, null);
            }
            case CONFUSION_MATRIX: {
                List<Named<ConfusionMatrix>> models = new ArrayList<>();
                for (String model : modelOrder()) {
                    ConfusionMatrix total = null;
                    for (Outcome o : mine) {
                        if (o.model().equals(model) && o.confusion() != null) {
                            total = total == null ? o.confusion() : total.add(o.confusion());
                        }
                    }
                    if (total != null) {
                        models.add(new Named<>(model, colour(model), total));
                    }
                }
                return write(ConfusionMatrixPlot.figure(models, l.data().classNames()), dir, base, "Confusion matrices on " + ds, null);
            }
            case ROC, PR: {
                List<Named<Predictions>> models = new ArrayList<>();
                for (String model : modelOrder()) {
                    Predictions pooled = pool(mine, model);
                    if (pooled != null) {
                        models.add(new Named<>(model, colour(model), pooled));
                    }
                }
                if (models.stream().noneMatch(m -> m.value().hasProbabilities())) {
                    return null; // no model has probabilities: nothing to draw (validate warns through the report)
                }
                Figure f = p.kind() == PlotSpec.Kind.ROC ? RocCurve.figure(models, l.data().classNames())
                        : PrCurve.figure(models, l.data().classNames());
                return write(f, dir, base, (p.kind() == PlotSpec.Kind.ROC ? "ROC" : "Precision-recall") + " curves on " + ds
                        + " (test predictions pooled over splits)", null);
            }
            case GRADIENT_NORMS: {
                List<Named<List<History>>> models = new ArrayList<>();
                for (String model : modelOrder()) {
                    List<History> hs = new ArrayList<>();
                    for (Outcome o : mine) {
                        if (o.model().equals(model) && o.history() != null && o.history().series(GradientNorms.PREFIX + "1").length > 0) {
                            hs.add(o.history());
                        }
                    }
                    if (!hs.isEmpty()) {
                        models.add(new Named<>(model, colour(model), hs));
                    }
                }
                if (models.isEmpty()) {
                    return null;
                }
                return write(Figure.of(GradientNorms.chart(models)), dir, base, "Gradient norms per layer on " + ds, null);
            }
            case LINEAR_REGIONS: {
                List<Named<Classifier>> models = new ArrayList<>();
                for (Outcome o : mine) {
                    if (o.split().index() == 0 && o.classifier() != null && LinearRegions.supports(o.classifier())) {
                        models.add(new Named<>(o.model(), colour(o.model()), o.classifier()));
                    }
                }
                if (models.isEmpty() || l.data().cols() != 2) {
                    return null;
                }
                return write(LinearRegions.figure(models, splitZero(l)[0]), dir, base,
                        "Linear regions of the ReLU networks on " + ds + " (split 0)", null);
            }
            case CODES, RECONSTRUCTIONS: {
                List<Named<versus.autoencoder.Autoencoder>> models = AutoencoderFigures.autoencoders(mine, this::colour);
                if (models.isEmpty()) {
                    return null;
                }
                PreparedSplit data = PreparedSplit.of(l);
                return p.kind() == PlotSpec.Kind.CODES
                        ? write(AutoencoderFigures.codes(models, data), dir, base, "Autoencoder codes on " + ds + " (split 0"
                                + (l.spec().standardize() ? ", standardized inputs" : "") + "; also in codes.csv)", null)
                        : write(AutoencoderFigures.reconstructions(models, data), dir, base, "Test images of " + ds
                                + " and their reconstructions (split 0; models and PCA fitted on the training part)", null);
            }
            case LOSS_SURFACE: {
                if (p.exactSurface()) {
                    return exactSurface(p, l, mine, dir, base);
                }
                if (p.view() == PlotSpec.SurfaceView.PCA_PATH || p.view() == PlotSpec.SurfaceView.INTERPOLATION) {
                    Dataset[] parts = splitZero(l);
                    List<Named<Outcome>> split0 = new ArrayList<>();
                    for (Outcome o : mine) {
                        if (o.split().index() == 0 && o.classifier() != null) {
                            split0.add(new Named<>(o.model(), colour(o.model()), o));
                        }
                    }
                    PathFigures paths = new PathFigures(plan);
                    var drawn = p.view() == PlotSpec.SurfaceView.PCA_PATH ? paths.pcaPath(ds, parts[0], split0)
                            : paths.interpolation(p, ds, parts[0], parts[1], split0);
                    return drawn.isEmpty() ? null : write(drawn.get().figure(), dir, base, drawn.get().caption(), null);
                }
                Dataset train = splitZero(l)[0];
                int[] rows = new int[Math.min(train.rows(), 500)];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = i;
                }
                List<org.knowm.xchart.XYChart> panels = new ArrayList<>();
                for (Outcome o : mine) {
                    if (o.split().index() == 0 && o.classifier() instanceof versus.model.ModelClassifier mc) {
                        // the loss without the penalty: the classifier does not carry its regularizer
                        versus.objective.Objective j = new versus.objective.Objective(mc.model(), mc.loss(), new versus.objective.Regularizer.None());
                        panels.add(LossSurface.randomSlice(o.model(), j, train, rows,
                                new java.util.SplittableRandom(Seeds.derive(plan.seed(), "loss-surface", ds, o.model()))));
                    }
                }
                if (panels.isEmpty()) {
                    return null;
                }
                return write(Figure.grid(panels), dir, base, "Loss surfaces on " + ds + " (split 0; mean loss without the penalty "
                        + "along two random filter-normalized directions delta, eta; Li et al. 2018)", null);
            }
            case FOLD_SCORES: {
                List<Named<double[]>> models = new ArrayList<>();
                for (String model : modelOrder()) {
                    List<Double> values = new ArrayList<>();
                    for (Outcome o : mine) {
                        Double v = o.model().equals(model) ? o.metrics().get(p.metric()) : null;
                        if (v != null) {
                            values.add(v);
                        }
                    }
                    if (!values.isEmpty()) {
                        models.add(new Named<>(model, colour(model), values.stream().mapToDouble(Double::doubleValue).toArray()));
                    }
                }
                return write(Figure.of(FoldScores.chart(p.metric(), models)), dir, base, p.metric() + " per split on " + ds, null);
            }
            default:
                throw new IllegalStateException(p.kind().token());
        }
    }

    private FigureRef optimizerPaths(PlotSpec p, Path dir, String base) throws IOException {
        if (p.parabola()) {
            List<Named<double[]>> runs = new ArrayList<>();
            for (Named<Minimizer> o : p.optimizers()) {
                double[] it = OptimizerPaths.iterates((OptimizerSpec) o.value(), p.start(), p.steps()); // the planner refuses lbfgs here
                runs.add(new Named<>(o.name(), o.colour(), it));
            }
            return write(Figure.of(OptimizerPaths.parabola(runs)), dir, base,
                    "Gradient descent on f(x) = x^2 from x0 = " + p.start(), OptimizerPaths.iteratesTable(runs));
        }
        return write(OptimizerPaths.figure(p.functions(), p.optimizers(), p.steps()), dir, base,
                "Optimizer paths on test functions (" + p.steps() + " steps)", null);
    }

    /**
     * J(w, b) of each chosen model's margin loss for a one-feature linear model (no penalty) on
     * split 0's standardized training part, with the optimizers' full-batch paths from (-2, -2).
     */
    private FigureRef exactSurface(PlotSpec p, Runner.Loaded l, List<Outcome> mine, Path dir, String base) throws IOException {
        Dataset train = splitZero(l)[0];
        int j = p.features().orElseThrow()[0];
        double[] x = new double[train.rows()];
        for (int i = 0; i < x.length; i++) {
            x[i] = train.get(i, j);
        }
        Dataset one = new Dataset(train.name(), x, train.labels(), List.of(train.featureNames().get(j)), train.classNames(), null);
        int[] rows = new int[one.rows()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        List<org.knowm.xchart.XYChart> panels = new ArrayList<>();
        java.util.Set<String> losses = new java.util.LinkedHashSet<>();
        for (Outcome o : mine) {
            if (o.split().index() == 0 && o.classifier() instanceof versus.model.ModelClassifier mc
                    && mc.loss() instanceof versus.loss.BinaryMargin && losses.add(mc.loss().name())) {
                versus.objective.Objective jw = new versus.objective.Objective(new versus.model.LinearModel(1, 1), mc.loss(),
                        new versus.objective.Regularizer.None());
                panels.add(LossSurface.exact2d(mc.loss().name() + " loss on " + one.featureNames().get(0), jw, one, rows,
                        p.optimizers(), new double[] {-2, -2}, p.steps()));
            }
        }
        if (panels.isEmpty()) {
            return null;
        }
        return write(Figure.grid(panels), dir, base, "Exact loss surfaces J(w, b) on feature " + one.featureNames().get(0) + " of "
                + l.spec().name() + " (split 0, no penalty) with optimizer paths", null);
    }

    /** Split 0's training and test parts, standardized as the models saw them. */
    private static Dataset[] splitZero(Runner.Loaded l) {
        PreparedSplit z = PreparedSplit.of(l);
        return new Dataset[] {z.train(), z.test()};
    }

    /** The test predictions of one model over all its splits, concatenated. */
    private static Predictions pool(List<Outcome> outcomes, String model) {
        List<Predictions> parts = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.model().equals(model) && o.predictions() != null) {
                parts.add(o.predictions());
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        int n = 0;
        for (Predictions q : parts) {
            n += q.size();
        }
        int k = parts.get(0).numClasses();
        boolean probs = parts.stream().allMatch(Predictions::hasProbabilities);
        int[] truth = new int[n];
        int[] predicted = new int[n];
        double[] p = probs ? new double[n * k] : null;
        int at = 0;
        for (Predictions q : parts) {
            System.arraycopy(q.truth(), 0, truth, at, q.size());
            System.arraycopy(q.predicted(), 0, predicted, at, q.size());
            if (p != null) {
                System.arraycopy(q.probabilities(), 0, p, at * k, q.size() * k);
            }
            at += q.size();
        }
        return new Predictions(k, truth, predicted, p);
    }

    private List<String> modelOrder() {
        List<String> names = new ArrayList<>();
        run.models().forEach(m -> names.add(m.name()));
        return names;
    }

    private int colour(String model) {
        return Math.max(0, modelOrder().indexOf(model));
    }

    private static FigureRef write(Figure f, Path dir, String base, String caption, String extra) throws IOException {
        FigureWriter.write(f, dir, base);
        return new FigureRef(caption, "plots/" + base + ".png", extra);
    }
}
