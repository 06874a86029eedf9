package versus.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import versus.eval.ConfusionMatrix;
import versus.eval.Outcome;
import versus.plot.ConfusionMatrixPlot;
import versus.plot.Named;

/** {@code confusion-matrix}: each model's confusion matrix summed over the test splits. */
final class ConfusionMatrixFigure extends PerDatasetFigure {
    ConfusionMatrixFigure() {
        super("confusion-matrix", "confusion matrices summed over test splits");
    }

    @Override public boolean singleLabelOnly() { return true; }

    @Override
    Optional<FigureContext.Drawn> drawOn(PlotSpec p, FigureContext ctx, Runner.Loaded l, List<Outcome> mine) {
        List<Named<ConfusionMatrix>> models = new ArrayList<>();
        for (String model : ctx.modelOrder()) {
            ConfusionMatrix total = null;
            for (Outcome o : mine) {
                if (o.model().equals(model) && o.confusion() != null) {
                    total = total == null ? o.confusion() : total.add(o.confusion());
                }
            }
            if (total != null) {
                models.add(new Named<>(model, ctx.colour(model), total));
            }
        }
        return Optional.of(new FigureContext.Drawn(ConfusionMatrixPlot.figure(models, l.data().classNames()),
                "Confusion matrices on " + l.spec().name()));
    }
}
