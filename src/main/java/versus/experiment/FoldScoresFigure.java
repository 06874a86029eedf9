package versus.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import versus.eval.Outcome;
import versus.plot.Figure;
import versus.plot.FoldScores;
import versus.plot.Named;

/** {@code fold-scores}: box plots of each model's per-split values of one metric (key metric, default the first). */
final class FoldScoresFigure extends PerDatasetFigure {
    FoldScoresFigure() {
        super("fold-scores", "box plots of per-split metric values per model");
    }

    @Override public Set<String> keys() { return Set.of("metric"); }

    @Override
    Optional<FigureContext.Drawn> drawOn(PlotSpec p, FigureContext ctx, Runner.Loaded l, List<Outcome> mine) {
        List<Named<double[]>> models = new ArrayList<>();
        for (String model : ctx.modelOrder()) {
            List<Double> values = new ArrayList<>();
            for (Outcome o : mine) {
                Double v = o.model().equals(model) ? o.metrics().get(p.metric()) : null;
                if (v != null) {
                    values.add(v);
                }
            }
            if (!values.isEmpty()) {
                models.add(new Named<>(model, ctx.colour(model), values.stream().mapToDouble(Double::doubleValue).toArray()));
            }
        }
        return Optional.of(new FigureContext.Drawn(Figure.of(FoldScores.chart(p.metric(), models)), p.metric() + " per split on "
                + l.spec().name()));
    }
}
