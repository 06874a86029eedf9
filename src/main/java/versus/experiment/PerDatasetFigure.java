package versus.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import versus.eval.Outcome;
import versus.report.FigureRef;

/**
 * A figure kind drawn once per data set it covers, from the outcomes of the models it includes
 * on that data set (failed tasks left out); a data set with no such outcome gets no figure.
 */
abstract class PerDatasetFigure implements FigureKind {
    private final String token;
    private final String description;

    PerDatasetFigure(String token, String description) {
        this.token = token;
        this.description = description;
    }

    @Override
    public final String token() { return token; }

    @Override
    public final String description() { return description; }

    @Override
    public final List<FigureRef> draw(PlotSpec spec, FigureContext ctx, String base) throws IOException {
        List<FigureRef> out = new ArrayList<>();
        for (Runner.Loaded l : ctx.data()) {
            if (!spec.covers(l.spec().name())) {
                continue;
            }
            List<Outcome> mine = ctx.outcomes(spec, l.spec().name());
            if (mine.isEmpty()) {
                continue;
            }
            String name = base + "-" + l.spec().name();
            Optional<FigureContext.Drawn> drawn = drawOn(spec, ctx, l, mine);
            if (drawn.isPresent()) {
                out.add(ctx.write(drawn.get(), name));
            }
        }
        return out;
    }

    /** The figure on one data set from its outcomes {@code mine} (non-empty), or empty when nothing can be drawn. */
    abstract Optional<FigureContext.Drawn> drawOn(PlotSpec spec, FigureContext ctx, Runner.Loaded data, List<Outcome> mine) throws IOException;
}
