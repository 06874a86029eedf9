package versus.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import versus.eval.Outcome;
import versus.plot.LearningCurve;
import versus.plot.Named;
import versus.train.History;

/** {@code learning-curve}: every recorded training measure per epoch, mean band over splits. */
final class LearningCurveFigure extends PerDatasetFigure {
    LearningCurveFigure() {
        super("learning-curve", "training (and validation) loss per epoch, mean band over splits");
    }

    /** Each model's non-empty histories on the data set, in the experiment's model order. */
    static List<Named<List<History>>> histories(FigureContext ctx, List<Outcome> mine) {
        List<Named<List<History>>> models = new ArrayList<>();
        for (String model : ctx.modelOrder()) {
            List<History> hs = new ArrayList<>();
            for (Outcome o : mine) {
                if (o.model().equals(model) && o.history() != null && !o.history().entries().isEmpty()) {
                    hs.add(o.history());
                }
            }
            if (!hs.isEmpty()) {
                models.add(new Named<>(model, ctx.colour(model), hs));
            }
        }
        return models;
    }

    @Override
    Optional<FigureContext.Drawn> drawOn(PlotSpec p, FigureContext ctx, Runner.Loaded l, List<Outcome> mine) {
        List<Named<List<History>>> models = histories(ctx, mine);
        return models.isEmpty() ? Optional.empty() : Optional.of(new FigureContext.Drawn(
                LearningCurve.figure(LearningCurve.metrics(models), models), "Learning curves on " + l.spec().name()));
    }
}
