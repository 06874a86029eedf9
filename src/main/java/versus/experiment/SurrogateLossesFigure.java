package versus.experiment;

import java.io.IOException;
import java.util.List;
import versus.plot.Figure;
import versus.plot.SurrogateLosses;
import versus.report.FigureRef;

/** {@code surrogate-losses}: every margin loss against the margin m; needs no data. */
final class SurrogateLossesFigure implements FigureKind {
    @Override public String token() { return "surrogate-losses"; }
    @Override public String description() { return "every margin loss against the margin m"; }
    @Override public boolean isStatic() { return true; }

    @Override
    public List<FigureRef> draw(PlotSpec spec, FigureContext ctx, String base) throws IOException {
        return List.of(ctx.write(new FigureContext.Drawn(Figure.of(SurrogateLosses.chart()), "Surrogate losses of the margin"), base));
    }
}
