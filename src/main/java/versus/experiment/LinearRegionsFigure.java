package versus.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import versus.eval.Outcome;
import versus.model.Classifier;
import versus.plot.LinearRegions;
import versus.plot.Named;

/** {@code linear-regions}: the 2-D input plane coloured by the activation pattern of each piecewise-linear MLP of split 0. */
final class LinearRegionsFigure extends PerDatasetFigure {
    LinearRegionsFigure() {
        super("linear-regions", "the input plane coloured by activation pattern of a ReLU MLP, with the number of regions");
    }

    @Override public boolean singleLabelOnly() { return true; }

    @Override
    public PlotSpec plan(ExperimentConfig.PlotConfig entry, PlotSpec spec, FigurePlanning ctx) {
        if (ctx.drawn(spec).stream().noneMatch(GradientModels::piecewiseLinearMlp)) {
            throw ctx.src().error(FigurePlanning.noneAt(spec), "linear-regions colours the input plane by the activation pattern of an "
                    + "mlp with relu-family, hard-tanh or maxout units; " + FigurePlanning.whose(spec) + " none");
        }
        return spec;
    }

    @Override
    Optional<FigureContext.Drawn> drawOn(PlotSpec p, FigureContext ctx, Runner.Loaded l, List<Outcome> mine) {
        List<Named<Classifier>> models = new ArrayList<>();
        for (Outcome o : mine) {
            if (o.split().index() == 0 && o.classifier() != null && LinearRegions.supports(o.classifier())) {
                models.add(new Named<>(o.model(), ctx.colour(o.model()), o.classifier()));
            }
        }
        if (models.isEmpty() || l.data().cols() != 2) {
            return Optional.empty();
        }
        return Optional.of(new FigureContext.Drawn(LinearRegions.figure(models, FigureContext.splitZero(l)[0]),
                "Linear regions of the ReLU networks on " + l.spec().name() + " (split 0)"));
    }
}
