package versus.experiment;

import java.io.IOException;
import java.util.List;
import versus.plot.Activations;
import versus.report.FigureRef;

/** {@code activations}: each activation and its derivative; needs no data. */
final class ActivationsFigure implements FigureKind {
    @Override public String token() { return "activations"; }
    @Override public String description() { return "each activation and its derivative"; }
    @Override public boolean isStatic() { return true; }

    @Override
    public List<FigureRef> draw(PlotSpec spec, FigureContext ctx, String base) throws IOException {
        return List.of(ctx.write(new FigureContext.Drawn(Activations.figure(), "Activations and their derivatives"), base));
    }
}
