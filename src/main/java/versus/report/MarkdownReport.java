package versus.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import versus.eval.ConfusionMatrix;
import versus.eval.Metrics;
import versus.eval.Outcome;

/**
 * {@code report.md}: what ran, the mean +- standard deviation of every metric per data set and
 * model with the best mean in bold, confusion matrices summed over splits, and any failures.
 */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(RunRecord run, List<Significance.Result> tests, List<FigureRef> figures) {
        StringBuilder s = new StringBuilder();
        s.append("# ").append(run.name()).append("\n\n");
        if (!run.description().isEmpty()) {
            s.append(run.description()).append("\n\n");
        }
        s.append(String.format(Locale.ROOT, "Versus %s, seed %d, %d thread%s, %.2f s in all. Protocol: %s.%n%n",
                run.version(), run.seed(), run.threads(), run.threads() == 1 ? "" : "s", run.totalSeconds(), run.protocol()));

        convergence(s, run);
        s.append("## Datasets\n\n| dataset | source | rows | features | classes (rows per class) | standardized | splits |\n|---|---|---|---|---|---|---|\n");
        for (RunRecord.DatasetInfo d : run.datasets()) {
            List<String> classes = new ArrayList<>();
            for (int c = 0; c < d.classNames().size(); c++) {
                classes.add(d.classNames().get(c) + " " + d.classCounts()[c]);
            }
            s.append("| ").append(d.name()).append(" | ").append(escape(d.origin())).append(" | ").append(d.rows())
                    .append(" | ").append(d.cols()).append(" | ").append(escape(String.join(", ", classes)))
                    .append(" | ").append(d.standardized() ? "yes (fitted on each training split)" : "no")
                    .append(" | ").append(d.splits()).append(" |\n");
        }

        data(s, run);

        s.append("\n## Models\n\n| model | composition | epochs run (mean) |\n|---|---|---|\n");
        for (RunRecord.ModelInfo m : run.models()) {
            s.append("| ").append(m.name()).append(" | ").append(escape(m.summary())).append(" | ")
                    .append(escape(epochsRun(run, m.name()))).append(" |\n");
        }

        List<Summary.Row> rows = Summary.of(run);
        s.append("\n## Results\n\nMean +- sample standard deviation over the splits (n = number of finished splits). ")
                .append("Best mean per metric in bold. Times are per split, in seconds; margin analytics (linear margin models) are measured on the training part.\n");
        for (RunRecord.DatasetInfo d : run.datasets()) {
            s.append("\n### ").append(d.name()).append("\n\n");
            results(s, d.name(), rows, run);
        }

        s.append(ReconstructionTable.render(run, rows));

        if (!tests.isEmpty()) {
            s.append("\n## Significance tests\n\nEach line says only what its test supports; \"no significant difference\" "
                    + "is not evidence of equivalence (only bayesian-rope can say that). Also in `significance.csv`.\n\n"
                    + "| test | dataset | models | metric | statistic | p | verdict |\n|---|---|---|---|---|---|---|\n");
            for (Significance.Result r : tests) {
                String models = r.modelA().isEmpty() ? "all" : r.modelA() + " vs " + r.modelB();
                s.append("| ").append(r.test()).append(" | ").append(r.dataset()).append(" | ").append(escape(models)).append(" | ")
                        .append(r.metric()).append(" | ").append(fmt(r.statistic())).append(" | ")
                        .append(Double.isNaN(r.pValue()) ? "" : fmt(r.pValue())).append(" | ").append(escape(r.verdict())).append(" |\n");
            }
        }

        if (!figures.isEmpty()) {
            s.append("\n## Figures\n\nEach figure is in `plots/` as PNG and SVG.\n");
            for (FigureRef f : figures) {
                s.append("\n### ").append(f.caption()).append("\n\n![").append(f.caption()).append("](").append(f.png()).append(")\n");
                if (f.extraMarkdown() != null && !f.extraMarkdown().isEmpty()) {
                    s.append('\n').append(f.extraMarkdown()).append('\n');
                }
            }
        }

        if (run.outcomes().stream().anyMatch(o -> o.confusion() != null)) { // none for label sets (multi-label data)
            s.append("\n## Confusion matrices\n\nSummed over all test splits; rows are true classes, columns predicted.\n");
        }
        for (RunRecord.DatasetInfo d : run.datasets()) {
            for (RunRecord.ModelInfo m : run.models()) {
                ConfusionMatrix total = null;
                for (Outcome o : run.outcomes()) {
                    if (o.dataset().equals(d.name()) && o.model().equals(m.name()) && o.confusion() != null) {
                        total = total == null ? o.confusion() : total.add(o.confusion());
                    }
                }
                if (total != null) {
                    s.append("\n**").append(d.name()).append(" / ").append(m.name()).append("**\n\n")
                            .append(total.toMarkdown(d.classNames()));
                }
            }
        }

        List<String> failures = new ArrayList<>();
        // notes grouped by their text with numbers masked; a group whose texts all agree shows the text itself
        Map<String, List<String>> notes = new LinkedHashMap<>();
        for (Outcome o : run.outcomes()) {
            if (o.failed()) {
                failures.add("- " + o.dataset() + " / " + o.model() + " / split " + o.split().index() + ": " + o.failure());
            }
            if (o.history() != null) {
                for (String n : o.history().notes()) {
                    String who = o.dataset() + " / " + o.model() + ": "; // names keep their digits; only the note is masked
                    notes.computeIfAbsent(who + n.replaceAll("-?\\d+(\\.\\d+)?([eE]-?\\d+)?", "n"), k -> new ArrayList<>()).add(who + n);
                }
            }
        }
        if (!failures.isEmpty()) {
            s.append("\n## Failures\n\nThese model x split tasks did not finish; their splits are left out of the means above.\n\n");
            failures.forEach(f -> s.append(f).append('\n'));
        }
        if (!notes.isEmpty()) {
            s.append("\n## Notes\n\nFrom the training runs; every note of every split is in `run.json`.\n\n");
            notes.forEach((masked, texts) -> {
                Map<String, Integer> distinct = new LinkedHashMap<>();
                texts.forEach(t -> distinct.merge(t, 1, Integer::sum));
                if (distinct.size() > 4) {
                    distinct.clear(); // too many variants (per-split diagnostics): one masked line
                    distinct.put(masked + " (numbers vary)", texts.size());
                }
                distinct.forEach((text, count) -> s.append("- ").append(escape(text)).append(" (").append(count)
                        .append(count == 1 ? " split)" : " splits)").append('\n'));
            });
        }
        return s.toString();
    }

    /** What was done to each data file between the file and the models (generated data are left out). */
    private static void data(StringBuilder s, RunRecord run) {
        boolean header = false;
        for (RunRecord.DatasetInfo d : run.datasets()) {
            versus.data.DataNotes n = d.data();
            if (n == null || n.labelChoice() == versus.data.DataNotes.LabelChoice.GENERATED) {
                continue;
            }
            if (!header) {
                s.append("\n## Data\n\nWhat was read from each file and what was done to it before training.\n");
                header = true;
            }
            s.append("\n**").append(escape(d.name())).append("**: ").append(n.rowsRead()).append(" rows")
                    .append(n.columnsRead() > 0 ? " and " + n.columnsRead() + " columns" : "").append(" read");
            if (n.rowsDropped() > 0) {
                s.append(", ").append(n.rowsDropped()).append(" rows with a missing value dropped (impute: drop-rows)");
            }
            s.append(".\n\n");
            s.append("- label: ").append(n.label() == null ? "" : "\"" + escape(n.label()) + "\", ").append(n.labelChoice().text());
            if (n.labelBins() != null) {
                s.append("; binned by label-bins into ").append(escape(n.labelBins()));
            }
            s.append("\n");
            if (n.positiveClass() != null) {
                s.append("- positive class of the binary metrics (precision, recall, F1, specificity, ROC, PR): \"")
                        .append(escape(n.positiveClass())).append("\"")
                        .append(n.positiveChosen() ? " (positive-class:)" : " (the second class in order; set positive-class: to change)").append("\n");
            }
            List<String> dropped = new ArrayList<>();
            for (versus.data.DataNotes.Dropped x : n.dropped()) {
                dropped.add(escape(x.column()) + " (" + x.reason().text() + ")");
            }
            s.append("- columns dropped: ").append(dropped.isEmpty() ? "none" : String.join(", ", dropped)).append("\n");
            if (!n.constantKept().isEmpty()) {
                s.append("- constant columns kept (the file names no columns, so positions may matter): ")
                        .append(escape(String.join(", ", n.constantKept()))).append("\n");
            }
            List<String> oneHot = new ArrayList<>();
            for (versus.data.DataNotes.Expansion x : n.oneHot()) {
                oneHot.add(escape(x.column()) + " (" + x.levels() + " levels)");
            }
            s.append("- one-hot encoded: ").append(oneHot.isEmpty() ? "none" : String.join(", ", oneHot)).append("\n");
            List<String> missing = new ArrayList<>();
            for (versus.data.DataNotes.Missing x : n.missing()) {
                missing.add(escape(x.column()) + " " + x.cells() + " (" + escape(x.how()) + ")");
            }
            s.append("- missing cells: ").append(missing.isEmpty() ? "none" : String.join(", ", missing))
                    .append(" (impute: ").append(n.imputation().token()).append(")\n");
            s.append("- standardisation: ").append(d.standardized()
                    ? "z-score of every feature, mean and standard deviation fitted on each training split" : "none (standardize: false)")
                    .append("\n");
            List<String> balance = new ArrayList<>();
            for (int c = 0; c < d.classNames().size(); c++) {
                balance.add(escape(d.classNames().get(c)) + " " + d.classCounts()[c]);
            }
            s.append("- class balance: ").append(String.join(", ", balance)).append("\n");
        }
    }

    private static void results(StringBuilder s, String dataset, List<Summary.Row> rows, RunRecord run) {
        List<String> metrics = new ArrayList<>();
        for (Summary.Row r : rows) {
            if (r.dataset().equals(dataset) && !metrics.contains(r.metric())) {
                metrics.add(r.metric());
            }
        }
        if (metrics.isEmpty()) {
            s.append("No model finished on this dataset.\n");
            return;
        }
        Map<String, Double> best = new LinkedHashMap<>();
        for (String metric : metrics) {
            boolean higher = Metrics.byName(metric).map(m -> m.higherIsBetter()).orElse(false);
            for (Summary.Row r : rows) {
                if (r.dataset().equals(dataset) && r.metric().equals(metric)) {
                    best.merge(metric, r.mean(), (a, b) -> higher ? Math.max(a, b) : Math.min(a, b));
                }
            }
        }
        s.append("| model |");
        metrics.forEach(m -> s.append(' ').append(m).append(" |"));
        s.append(" n |\n|---|");
        metrics.forEach(m -> s.append("---|"));
        s.append("---|\n");
        for (RunRecord.ModelInfo model : run.models()) {
            boolean ran = run.outcomes().stream().anyMatch(o -> o.dataset().equals(dataset) && o.model().equals(model.name()));
            if (!ran) {
                continue; // the model was restricted to other data sets
            }
            StringBuilder line = new StringBuilder("| " + model.name() + " |");
            int n = 0;
            for (String metric : metrics) {
                Summary.Row row = null;
                for (Summary.Row r : rows) {
                    if (r.dataset().equals(dataset) && r.model().equals(model.name()) && r.metric().equals(metric)) {
                        row = r;
                    }
                }
                if (row == null) {
                    line.append(" n/a |");
                    continue;
                }
                n = row.n();
                String cell = fmt(row.mean()) + " +- " + fmt(row.std());
                boolean ranked = Metrics.byName(metric).isPresent(); // timings and diagnostics are not ranked
                line.append(' ').append(ranked && row.mean() == best.get(metric) ? "**" + cell + "**" : cell).append(" |");
            }
            s.append(line).append(' ').append(n).append(" |\n");
        }
    }

    /** The "Convergence" warning: every model that stopped before its tolerance on some split, and what to change. */
    private static void convergence(StringBuilder s, RunRecord run) {
        List<Summary.ConvergenceWarning> warnings = Summary.convergence(run);
        if (warnings.isEmpty()) {
            return;
        }
        s.append("## Convergence\n\n**Warning**: these fits stopped before meeting their tolerance (column `converged` = 0 in "
                + "folds.csv), so their numbers are not those of the model's optimum.\n\n"
                + "| model | dataset | not converged | final measure (worst) | tolerance | what to change |\n|---|---|---|---|---|---|\n");
        for (Summary.ConvergenceWarning w : warnings) {
            s.append("| ").append(escape(w.model())).append(" | ").append(escape(w.dataset())).append(" | ")
                    .append(w.notConverged()).append(" of ").append(w.splits()).append(" splits | ")
                    .append(w.measure().isEmpty() ? "" : w.measure() + " " + fmt(w.worst())).append(" | ")
                    .append(Double.isNaN(w.tolerance()) ? "" : fmt(w.tolerance())).append(" | ").append(escape(w.advice())).append(" |\n");
        }
        s.append("\n");
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        double a = Math.abs(v);
        return a != 0 && (a < 1e-3 || a >= 1e5) ? String.format(Locale.ROOT, "%.3e", v) : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String escape(String s) {
        return s.replace("|", "\\|");
    }

    /**
     * The mean {@code epochs-run} of a gradient-trained model's finished fits, per data set ("iris 200,
     * wine 187.5"; one number with one data set), so a stopping rule's effect is visible next to its
     * maximum; "" for models that record none (SMO, Smile).
     */
    static String epochsRun(RunRecord run, String model) {
        Map<String, double[]> byDataset = new LinkedHashMap<>();
        for (Outcome o : run.outcomes()) {
            Double e = o.model().equals(model) && !o.failed() ? o.metrics().get("epochs-run") : null;
            if (e != null) {
                double[] sumCount = byDataset.computeIfAbsent(o.dataset(), k -> new double[2]);
                sumCount[0] += e;
                sumCount[1]++;
            }
        }
        List<String> parts = new ArrayList<>();
        byDataset.forEach((ds, sc) -> parts.add((byDataset.size() == 1 ? "" : ds + " ")
                + String.format(Locale.ROOT, "%.1f", sc[0] / sc[1])));
        return String.join(", ", parts);
    }
}

