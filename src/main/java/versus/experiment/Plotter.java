package versus.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import versus.report.FigureRef;
import versus.report.RunRecord;

/**
 * Draws the figures of {@code plots:} into {@code plots/} of the results folder being written:
 * each by its own {@link FigureKind}, named after its kind (and its position when there are
 * several), with the conventions of {@link FigureContext}.
 */
final class Plotter implements FigureRef.Drawer {
    private final Runner.Prepared prepared;
    private final RunRecord run;

    Plotter(Runner.Prepared prepared, RunRecord run) {
        this.prepared = prepared;
        this.run = run;
    }

    @Override
    public List<FigureRef> draw(Path folder) throws IOException {
        List<FigureRef> out = new ArrayList<>();
        List<PlotSpec> plots = prepared.plan().plots();
        if (plots.isEmpty()) {
            return out;
        }
        FigureContext ctx = new FigureContext(prepared, run, Files.createDirectories(folder.resolve("plots")));
        for (int i = 0; i < plots.size(); i++) {
            PlotSpec p = plots.get(i);
            String base = p.kind().token() + (plots.size() > 1 ? "-" + (i + 1) : "");
            out.addAll(p.kind().draw(p, ctx, base));
        }
        return out;
    }
}
