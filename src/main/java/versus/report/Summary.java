package versus.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import versus.eval.Outcome;

/**
 * Mean and sample standard deviation (n - 1 in the denominator) of every metric per data set
 * and model, over the splits that finished; rows in data set, model, metric order.
 */
public final class Summary {
    /** One row of {@code summary.csv}. */
    public record Row(String dataset, String model, String metric, double mean, double std, int n) {
    }

    /**
     * A model that did not meet its stopping rule on some splits of a data set (as scikit-learn's
     * ConvergenceWarning): fits with a tolerance record {@code converged} 1 or 0 and their final
     * stopping measure; fits without one (fixed epochs) record neither and are never flagged.
     *
     * @param measure   the stopping measure's column ({@code final-gradient-norm}, {@code final-violation},
     *                  {@code final-relative-change}), or "" when the fit recorded none
     * @param worst     the largest final measure over the splits that did not converge (NaN if none recorded)
     * @param tolerance the tolerance the measure is held to (NaN when the fit did not record it)
     */
    public record ConvergenceWarning(String dataset, String model, int notConverged, int splits, String measure, double worst,
                                     double tolerance) {
        /** What to change, by stopping measure. */
        public String advice() {
            return switch (measure) {
                case "final-gradient-norm" -> "raise max-iterations, loosen tolerance, or raise lambda (a larger penalty is better "
                        + "conditioned); unstandardised features slow it down";
                case "final-violation" -> "raise max-iterations or loosen tolerance; a larger lambda (smaller C) converges faster";
                case "final-relative-change" -> "raise epochs or the learning rate, or loosen tolerance";
                default -> "raise the iteration limit or loosen the tolerance";
            };
        }

        /** One line: model, data set, splits, measure against tolerance, advice. */
        public String describe() {
            String against = measure.isEmpty() || Double.isNaN(worst) ? ""
                    : String.format(java.util.Locale.ROOT, " (%s up to %.3g%s)", measure, worst,
                            Double.isNaN(tolerance) ? "" : String.format(java.util.Locale.ROOT, ", tolerance %.3g", tolerance));
            return model + " did not converge on " + dataset + " in " + notConverged + " of " + splits + " splits" + against
                    + ": " + advice();
        }
    }

    /** The stopping measures a fit can record, in the order they are looked for. */
    private static final List<String> MEASURES = List.of("final-gradient-norm", "final-violation", "final-relative-change");

    private Summary() {
    }

    /** Every data set and model with a fit that recorded {@code converged} = 0, in first-seen order. */
    public static List<ConvergenceWarning> convergence(RunRecord run) {
        Map<String, List<Outcome>> byPair = new LinkedHashMap<>();
        for (Outcome o : run.outcomes()) {
            if (!o.failed() && o.metrics().containsKey("converged")) {
                byPair.computeIfAbsent(o.dataset() + "\u0000" + o.model(), k -> new ArrayList<>()).add(o);
            }
        }
        List<ConvergenceWarning> out = new ArrayList<>();
        for (List<Outcome> fits : byPair.values()) {
            int failed = 0;
            String measure = "";
            double worst = Double.NaN;
            double tolerance = Double.NaN;
            for (Outcome o : fits) {
                if (o.metrics().get("converged") != 0) {
                    continue;
                }
                failed++;
                for (String m : MEASURES) {
                    Double v = o.metrics().get(m);
                    if (v != null) {
                        measure = m;
                        worst = Double.isNaN(worst) ? v : Math.max(worst, v);
                        break;
                    }
                }
                Double t = o.metrics().get("tolerance");
                if (t != null) {
                    tolerance = Double.isNaN(tolerance) ? t : Math.max(tolerance, t);
                }
            }
            if (failed > 0) {
                out.add(new ConvergenceWarning(fits.get(0).dataset(), fits.get(0).model(), failed, fits.size(), measure, worst, tolerance));
            }
        }
        return out;
    }

    public static List<Row> of(RunRecord run) {
        // dataset -> model -> metric -> values, all in first-seen order
        Map<String, Map<String, Map<String, List<Double>>>> acc = new LinkedHashMap<>();
        for (Outcome o : run.outcomes()) {
            Map<String, Map<String, List<Double>>> byModel = acc.computeIfAbsent(o.dataset(), k -> new LinkedHashMap<>());
            Map<String, List<Double>> byMetric = byModel.computeIfAbsent(o.model(), k -> new LinkedHashMap<>());
            o.metrics().forEach((m, v) -> byMetric.computeIfAbsent(m, k -> new ArrayList<>()).add(v));
        }
        List<Row> rows = new ArrayList<>();
        acc.forEach((ds, byModel) -> byModel.forEach((model, byMetric) -> byMetric.forEach((metric, values) -> {
            double mean = 0;
            for (double v : values) {
                mean += v;
            }
            mean /= values.size();
            double ss = 0;
            for (double v : values) {
                ss += (v - mean) * (v - mean);
            }
            double std = values.size() > 1 ? Math.sqrt(ss / (values.size() - 1)) : 0;
            rows.add(new Row(ds, model, metric, mean, std, values.size()));
        })));
        return rows;
    }
}
