package versus.experiment;

import java.util.List;
import java.util.Optional;
import versus.eval.Outcome;
import versus.plot.Figure;
import versus.plot.LearningCurve;
import versus.plot.Named;
import versus.train.History;

/**
 * {@code objective-vs-time}: the training objective against wall-clock seconds of training, for
 * the models whose trainer keeps a clock (gradient-trained ones): the exact objective when every
 * such run traced it ({@code trace-objective: true}), else the epochs' mean batch objective.
 */
final class ObjectiveVsTimeFigure extends PerDatasetFigure {
    ObjectiveVsTimeFigure() {
        super("objective-vs-time", "the training objective against wall-clock seconds of training, mean band over splits");
    }

    @Override
    public PlotSpec plan(ExperimentConfig.PlotConfig entry, PlotSpec spec, FigurePlanning ctx) {
        if (ctx.drawn(spec).stream().noneMatch(GradientModels::gradientTrained)) {
            throw ctx.src().error(spec.pointer() + "/kind", "objective-vs-time draws training histories; none of its models is "
                    + "gradient-trained (linear or mlp)");
        }
        return spec;
    }

    @Override
    Optional<FigureContext.Drawn> drawOn(PlotSpec p, FigureContext ctx, Runner.Loaded l, List<Outcome> mine) {
        List<Named<List<History>>> timed = LearningCurveFigure.histories(ctx, mine).stream()
                .filter(m -> m.value().stream().allMatch(h -> h.series(LearningCurve.ELAPSED).length > 0)).toList();
        if (timed.isEmpty()) {
            return Optional.empty();
        }
        String metric = timed.stream().allMatch(m -> m.value().stream().allMatch(h -> h.series("objective").length > 0))
                ? "objective" : "train-loss";
        return Optional.of(new FigureContext.Drawn(Figure.of(LearningCurve.versusTime(metric, timed)), "Training " + metric
                + " against wall-clock seconds of training on " + l.spec().name() + " (mean over splits, +- std band; "
                + "measurements excluded)"));
    }
}
