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

    private Summary() {
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
