package versus.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import versus.eval.Outcome;
import versus.plot.Figure;
import versus.plot.GradientNorms;
import versus.plot.Named;
import versus.train.History;

/** {@code gradient-norms}: per-layer gradient norms per epoch of the MLPs that recorded them. */
final class GradientNormsFigure extends PerDatasetFigure {
    GradientNormsFigure() {
        super("gradient-norms", "per-layer gradient norms per epoch of MLPs (vanishing / exploding gradients)");
    }

    @Override
    Optional<FigureContext.Drawn> drawOn(PlotSpec p, FigureContext ctx, Runner.Loaded l, List<Outcome> mine) {
        List<Named<List<History>>> models = new ArrayList<>();
        for (String model : ctx.modelOrder()) {
            List<History> hs = new ArrayList<>();
            for (Outcome o : mine) {
                if (o.model().equals(model) && o.history() != null && o.history().series(GradientNorms.PREFIX + "1").length > 0) {
                    hs.add(o.history());
                }
            }
            if (!hs.isEmpty()) {
                models.add(new Named<>(model, ctx.colour(model), hs));
            }
        }
        return models.isEmpty() ? Optional.empty() : Optional.of(new FigureContext.Drawn(Figure.of(GradientNorms.chart(models)),
                "Gradient norms per layer on " + l.spec().name()));
    }
}
