package versus.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import versus.data.Dataset;
import versus.eval.Outcome;
import versus.model.Classifier;
import versus.plot.DecisionBoundary;
import versus.plot.Figure;
import versus.plot.Named;

/**
 * {@code decision-boundary}: class regions, boundary, margins and support vectors of the split-0
 * models on 2-D data, or on two chosen features ({@code features: [i, j]}, the others held at
 * their training mean).
 */
final class DecisionBoundaryFigure extends PerDatasetFigure {
    DecisionBoundaryFigure() {
        super("decision-boundary", "class regions, boundary, margins and support vectors of models on 2-D data (or two features)");
    }

    @Override public Set<String> keys() { return Set.of("features"); }
    @Override public boolean singleLabelOnly() { return true; }

    @Override
    public PlotSpec plan(ExperimentConfig.PlotConfig entry, PlotSpec spec, FigurePlanning ctx) {
        List<Integer> f = entry.features();
        if (f == null) {
            return spec;
        }
        if (f.size() != 2 || f.get(0).equals(f.get(1))) {
            throw ctx.src().error(spec.pointer() + "/features", "'features' takes two different 0-based column indices, for decision-boundary");
        }
        return spec.withFeatures(new int[] {f.get(0), f.get(1)});
    }

    @Override
    public void checkData(PlotSpec spec, String dataset, Dataset d, YamlSource src) {
        if (spec.features().isEmpty() && d.cols() != 2) {
            throw src.error(spec.pointer(), "decision-boundary draws 2-D data and dataset '" + dataset + "' has "
                    + d.cols() + " features; choose two with features: [i, j] (the others are held at their mean)");
        }
        for (int f : spec.features().orElse(new int[0])) {
            if (f < 0 || f >= d.cols()) {
                throw src.error(spec.pointer() + "/features", "feature index " + f + " is outside 0.." + (d.cols() - 1)
                        + " of dataset '" + dataset + "'");
            }
        }
    }

    @Override
    Optional<FigureContext.Drawn> drawOn(PlotSpec p, FigureContext ctx, Runner.Loaded l, List<Outcome> mine) {
        Dataset[] parts = FigureContext.splitZero(l);
        List<Named<Classifier>> models = new ArrayList<>();
        for (Outcome o : mine) {
            if (o.split().index() == 0 && o.classifier() != null) {
                models.add(new Named<>(o.model(), ctx.colour(o.model()), o.classifier()));
            }
        }
        if (models.isEmpty()) {
            return Optional.empty();
        }
        Figure f = p.features().isPresent()
                ? DecisionBoundary.figure(models, parts[0], parts[1], p.features().get()[0], p.features().get()[1], DecisionBoundary.meanRow(parts[0]))
                : DecisionBoundary.figure(models, parts[0], parts[1]);
        return Optional.of(new FigureContext.Drawn(f, "Decision boundaries on " + l.spec().name() + " (split 0"
                + (l.spec().standardize() ? ", standardized" : "") + ")"));
    }
}
