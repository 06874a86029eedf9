package versus.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import versus.data.Dataset;
import versus.eval.Outcome;
import versus.eval.Predictions;
import versus.plot.Figure;
import versus.plot.FigureWriter;
import versus.report.FigureRef;
import versus.report.RunRecord;

/**
 * What a figure kind draws from: the plan, the loaded data, the run's outcomes, the folder it
 * writes into, and the conventions every figure shares. Figures of trained models use split 0
 * (its training part for the model and the points, its test part as hollow points) in the
 * standardized space the model saw; the others pool all splits. Colours follow each model's
 * position in the experiment, so a model keeps its colour in every figure.
 */
final class FigureContext {
    /** A drawn figure with its caption and an optional table written beside it in the report. */
    record Drawn(Figure figure, String caption, String extra) {
        Drawn(Figure figure, String caption) {
            this(figure, caption, null);
        }
    }

    private final Runner.Prepared prepared;
    private final RunRecord run;
    private final Path dir;
    private final List<String> modelOrder = new ArrayList<>();

    FigureContext(Runner.Prepared prepared, RunRecord run, Path dir) {
        this.prepared = prepared;
        this.run = run;
        this.dir = dir;
        run.models().forEach(m -> modelOrder.add(m.name()));
    }

    ExperimentPlan plan() { return prepared.plan(); }

    RunRecord run() { return run; }

    List<Runner.Loaded> data() { return prepared.data(); }

    /** The run's model names in the experiment's order. */
    List<String> modelOrder() { return modelOrder; }

    /** A model's colour index: its position in the experiment. */
    int colour(String model) {
        return Math.max(0, modelOrder.indexOf(model));
    }

    /** The outcomes on {@code dataset} of the models {@code spec} includes, failed tasks left out. */
    List<Outcome> outcomes(PlotSpec spec, String dataset) {
        List<Outcome> mine = new ArrayList<>();
        for (Outcome o : run.outcomes()) {
            if (o.dataset().equals(dataset) && spec.includes(o.model()) && !o.failed()) {
                mine.add(o);
            }
        }
        return mine;
    }

    /** Split 0's training and test parts, standardized as the models saw them. */
    static Dataset[] splitZero(Runner.Loaded l) {
        PreparedSplit z = PreparedSplit.of(l);
        return new Dataset[] {z.train(), z.test()};
    }

    /** The test predictions of one model over all its splits, concatenated; null when it has none. */
    static Predictions pool(List<Outcome> outcomes, String model) {
        List<Predictions> parts = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.model().equals(model) && o.predictions() != null) {
                parts.add(o.predictions());
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        int n = 0;
        for (Predictions q : parts) {
            n += q.size();
        }
        int k = parts.get(0).numClasses();
        boolean probs = parts.stream().allMatch(Predictions::hasProbabilities);
        int[] truth = new int[n];
        int[] predicted = new int[n];
        double[] p = probs ? new double[n * k] : null;
        int at = 0;
        for (Predictions q : parts) {
            System.arraycopy(q.truth(), 0, truth, at, q.size());
            System.arraycopy(q.predicted(), 0, predicted, at, q.size());
            if (p != null) {
                System.arraycopy(q.probabilities(), 0, p, at * k, q.size() * k);
            }
            at += q.size();
        }
        return new Predictions(k, truth, predicted, p);
    }

    /** Writes {@code drawn} as {@code plots/NAME.png} and {@code .svg}; returns the report's reference to it. */
    FigureRef write(Drawn drawn, String name) throws IOException {
        FigureWriter.write(drawn.figure(), dir, name);
        return new FigureRef(drawn.caption(), "plots/" + name + ".png", drawn.extra());
    }
}
