package versus.experiment;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import versus.plot.CriticalDifference;
import versus.plot.Figure;
import versus.report.FigureRef;
import versus.report.Significance;
import versus.stats.FriedmanNemenyi;

/** {@code critical-difference}: Demsar's diagram of the models' average ranks across data sets; key metric. */
final class CriticalDifferenceFigure implements FigureKind {
    @Override public String token() { return "critical-difference"; }
    @Override public String description() { return "Demsar's critical-difference diagram of average ranks across data sets (Friedman / Nemenyi)"; }
    @Override public Set<String> keys() { return Set.of("metric"); }

    @Override
    public PlotSpec plan(ExperimentConfig.PlotConfig entry, PlotSpec spec, FigurePlanning ctx) {
        int models = ctx.models().size();
        if (ctx.data().size() < 2 || models < 2 || models > FriedmanNemenyi.MAX_MODELS) {
            throw ctx.src().error(spec.pointer() + "/kind", "critical-difference ranks 2.." + FriedmanNemenyi.MAX_MODELS
                    + " models across at least 2 data sets; this experiment has " + models + " models and " + ctx.data().size() + " data sets");
        }
        return spec;
    }

    @Override
    public List<FigureRef> draw(PlotSpec p, FigureContext ctx, String base) throws IOException {
        var run = ctx.run();
        if (run.datasets().size() < 2 || run.models().size() < 2 || run.models().size() > 10) {
            return List.of();
        }
        return List.of(ctx.write(new FigureContext.Drawn(Figure.of(CriticalDifference.chart(Significance.friedman(run, p.metric(), 0.05))),
                "Critical-difference diagram of " + p.metric() + " across " + run.datasets().size() + " data sets"), base));
    }
}
