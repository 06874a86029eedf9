package versus.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import versus.data.Dataset;
import versus.eval.Outcome;
import versus.experiment.ExperimentPlan.ModelSpec;
import versus.model.ModelClassifier;
import versus.objective.TrainingObjective;
import versus.plot.Figure;
import versus.plot.LossSurface;
import versus.plot.Named;
import versus.train.GradientLearner;
import versus.train.ParameterTrajectory;

/**
 * The loss-surface views drawn from split 0's training runs of gradient-trained models: the
 * training path on its top two PCA directions ({@code view: pca-path}; Li et al. 2018, Section 7)
 * and J on the line between two parameter vectors ({@code view: interpolation}; Goodfellow,
 * Vinyals and Saxe 2015). J is each model's own training objective, mean loss plus penalty, on
 * at most {@value #MAX_ROWS} rows of the standardized split-0 parts.
 */
final class PathFigures {
    /** Rows J is measured on: each figure evaluates J a few thousand times. */
    static final int MAX_ROWS = 500;

    private final ExperimentPlan plan;

    PathFigures(ExperimentPlan plan) {
        this.plan = plan;
    }

    /** One panel per model with a recorded path (models whose path never moved are left out); empty when none. */
    Optional<FigureContext.Drawn> pcaPath(String dataset, Dataset train, List<Named<Outcome>> split0) {
        int[] rows = firstRows(train);
        List<XYChart> panels = new ArrayList<>();
        for (Named<Outcome> o : split0) {
            Optional<ParameterTrajectory> path = o.value().history().trajectory();
            if (path.isEmpty() || !(o.value().classifier() instanceof ModelClassifier mc)) {
                continue;
            }
            List<double[]> snapshots = path.get().snapshots();
            if (snapshots.size() < 2) {
                continue;
            }
            try {
                panels.add(LossSurface.pcaPath(o.name(), objective(o.name(), mc), train, rows, new Named<>(o.name(), o.colour(), snapshots)));
            } catch (IllegalArgumentException stillPath) {
                // the parameters never left their start: there is no plane to draw
            }
        }
        return panels.isEmpty() ? Optional.empty() : Optional.of(new FigureContext.Drawn(Figure.grid(panels), "Training paths on " + dataset
                + " projected on their top two principal directions, over the training objective J (loss + penalty) on that plane"
                + " (split 0, " + rows.length + " training rows; Li et al. 2018)"));
    }

    /**
     * Start-end: one panel per model from its initial to its trained parameters; models: one
     * panel from the first model's trained parameters to the second's, J being the first's
     * objective. Training and test J on each.
     */
    Optional<FigureContext.Drawn> interpolation(PlotSpec p, String dataset, Dataset train, Dataset test, List<Named<Outcome>> split0) {
        List<LossSurface.Sample> samples = List.of(new LossSurface.Sample("training J", train, firstRows(train)),
                new LossSurface.Sample("test J", test, firstRows(test)));
        List<XYChart> panels = new ArrayList<>();
        if (p.between() == PlotSpec.Endpoints.MODELS) {
            Named<Outcome> a = find(split0, p.models().get(0));
            Named<Outcome> b = find(split0, p.models().get(1));
            if (a != null && b != null && a.value().classifier() instanceof ModelClassifier ma
                    && b.value().classifier() instanceof ModelClassifier mb) {
                panels.add(LossSurface.interpolation1d(a.name() + " to " + b.name(), objective(a.name(), ma), samples,
                        new Named<>(a.name(), a.colour(), ma.model().parameters().clone()),
                        new Named<>(b.name(), b.colour(), mb.model().parameters().clone())));
            }
        } else {
            for (Named<Outcome> o : split0) {
                double[] initial = o.value().history().trajectory().map(ParameterTrajectory::initial).orElse(null);
                if (initial == null || !(o.value().classifier() instanceof ModelClassifier mc)) {
                    continue;
                }
                panels.add(LossSurface.interpolation1d(o.name(), objective(o.name(), mc), samples,
                        new Named<>("initial", o.colour(), initial), new Named<>("trained", o.colour(), mc.model().parameters().clone())));
            }
        }
        String between = p.between() == PlotSpec.Endpoints.MODELS ? "the trained parameters of two models"
                : "the initial and the trained parameters";
        return panels.isEmpty() ? Optional.empty() : Optional.of(new FigureContext.Drawn(Figure.grid(panels), "The training objective J (loss + penalty)"
                + " on the line between " + between + " on " + dataset + ", on the training and the test rows of split 0 "
                + "(Goodfellow, Vinyals and Saxe 2015)"));
    }

    /** The model's own objective (loss and penalty of its learner) over its trained model. */
    private TrainingObjective objective(String model, ModelClassifier mc) {
        ModelSpec spec = null;
        for (ModelSpec m : plan.models()) {
            if (m.name().equals(model)) {
                spec = m;
            }
        }
        GradientLearner g = GradientModels.learner(java.util.Objects.requireNonNull(spec, model), mc.numClasses())
                .orElseThrow(() -> new IllegalStateException(model + " is not gradient-trained (checked at validate time)"));
        return g.objective().create(mc.model(), g.loss(), g.fittedRegularizer(mc.diagnostics()));
    }

    private static Named<Outcome> find(List<Named<Outcome>> outcomes, String model) {
        for (Named<Outcome> o : outcomes) {
            if (o.name().equals(model)) {
                return o;
            }
        }
        return null;
    }

    private static int[] firstRows(Dataset d) {
        int[] rows = new int[Math.min(d.rows(), MAX_ROWS)];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        return rows;
    }
}
