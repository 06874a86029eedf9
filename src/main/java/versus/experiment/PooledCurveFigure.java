package versus.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import versus.eval.Outcome;
import versus.eval.Predictions;
import versus.plot.Figure;
import versus.plot.Named;

/**
 * A curve over the test predictions pooled across splits, for the models that give class
 * probabilities: ROC ({@link RocFigure}) and precision-recall ({@link PrFigure}). A data set where
 * no model has probabilities gets no figure.
 */
abstract class PooledCurveFigure extends PerDatasetFigure {
    PooledCurveFigure(String token, String description) {
        super(token, description);
    }

    @Override public final boolean singleLabelOnly() { return true; }

    /** The figure of the pooled predictions, and the caption's name of the curve. */
    abstract Figure figure(List<Named<Predictions>> models, List<String> classNames);

    abstract String curveName();

    @Override
    final Optional<FigureContext.Drawn> drawOn(PlotSpec p, FigureContext ctx, Runner.Loaded l, List<Outcome> mine) {
        List<Named<Predictions>> models = new ArrayList<>();
        for (String model : ctx.modelOrder()) {
            Predictions pooled = FigureContext.pool(mine, model);
            if (pooled != null) {
                models.add(new Named<>(model, ctx.colour(model), pooled));
            }
        }
        if (models.stream().noneMatch(m -> m.value().hasProbabilities())) {
            return Optional.empty();
        }
        return Optional.of(new FigureContext.Drawn(figure(models, l.data().classNames()), curveName() + " curves on "
                + l.spec().name() + " (test predictions pooled over splits)"));
    }
}
