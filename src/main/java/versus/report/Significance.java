package versus.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import versus.eval.Metrics;
import versus.eval.Outcome;
import versus.stats.BayesianCorrelatedT;
import versus.stats.CorrectedResampledT;
import versus.stats.Direction;
import versus.stats.FiveByTwoCvT;
import versus.stats.FriedmanNemenyi;
import versus.stats.McNemar;
import versus.stats.PairedTest;
import versus.stats.Wilcoxon;

/**
 * Runs the requested significance tests on a finished run. Paired tests pair the two models'
 * values split by split (only splits both finished); tests across data sets use each model's
 * mean per data set. Every verdict says only what its test supports.
 */
public final class Significance {
    /** One line of {@code significance.csv}; {@code dataset} is "all" for tests across data sets. */
    public record Result(String test, String dataset, String modelA, String modelB, String metric,
                         double statistic, double pValue, String verdict) {
    }

    private Significance() {
    }

    public static List<Result> compute(RunRecord run) {
        List<Result> out = new ArrayList<>();
        for (SignificanceSpec spec : run.tests()) {
            Direction direction = Direction.of(Metrics.byName(spec.metric()).orElseThrow().higherIsBetter());
            switch (spec.kind()) {
                case FRIEDMAN_NEMENYI -> out.addAll(friedman(run, spec, direction));
                case WILCOXON -> {
                    for (String[] pair : pairs(run, spec)) {
                        double[] a = means(run, pair[0], spec.metric());
                        double[] b = means(run, pair[1], spec.metric());
                        Wilcoxon w = Wilcoxon.test(direction.advantage(a, b));
                        out.add(result(spec, "all", pair, w));
                    }
                }
                default -> {
                    for (RunRecord.DatasetInfo d : run.datasets()) {
                        for (String[] pair : pairs(run, spec)) {
                            Paired p = paired(run, d.name(), pair[0], pair[1], spec.metric());
                            if (p.a().length < 2 && spec.kind() != SignificanceSpec.Kind.MCNEMAR) {
                                continue; // fewer than two common finished splits: nothing to test
                            }
                            out.add(perDataset(spec, d.name(), pair, p, direction));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Result perDataset(SignificanceSpec spec, String dataset, String[] pair, Paired p, Direction direction) {
        double[] advantage = direction.advantage(p.a(), p.b());
        return switch (spec.kind()) {
            case CORRECTED_T -> result(spec, dataset, pair, CorrectedResampledT.test(advantage, p.nTrain(), p.nTest()));
            case FIVE_BY_TWO_CV -> {
                double[][] m = new double[5][2];
                for (int i = 0; i < 10; i++) {
                    m[i / 2][i % 2] = advantage[i];
                }
                yield result(spec, dataset, pair, FiveByTwoCvT.test(m));
            }
            case MCNEMAR -> result(spec, dataset, pair, McNemar.test(p.correctA(), p.correctB()));
            case BAYESIAN_ROPE -> {
                BayesianCorrelatedT t = BayesianCorrelatedT.test(advantage, p.nTrain(), p.nTest(), spec.rope());
                yield new Result(spec.kind().token(), dataset, pair[0], pair[1], spec.metric(), t.pABetter(), Double.NaN,
                        t.verdict(spec.alpha(), pair[0], pair[1]));
            }
            default -> throw new IllegalStateException(spec.kind().token());
        };
    }

    private static Result result(SignificanceSpec spec, String dataset, String[] pair, PairedTest t) {
        return new Result(spec.kind().token(), dataset, pair[0], pair[1], spec.metric(), t.statistic(), t.pValue(),
                t.verdict(spec.alpha(), pair[0], pair[1]));
    }

    /**
     * The Friedman test with the Nemenyi post-hoc over every model and data set of a run, on each
     * model's mean of {@code metric} per data set (alpha 0.05 or 0.10 for the critical difference).
     */
    public static FriedmanNemenyi friedman(RunRecord run, String metric, double alpha) {
        List<String> models = new ArrayList<>();
        run.models().forEach(m -> models.add(m.name()));
        double[][] scores = new double[run.datasets().size()][];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = new double[models.size()];
        }
        for (int j = 0; j < models.size(); j++) {
            double[] m = means(run, models.get(j), metric);
            for (int i = 0; i < scores.length; i++) {
                scores[i][j] = m[i];
            }
        }
        Direction direction = Direction.of(Metrics.byName(metric).orElseThrow().higherIsBetter());
        return FriedmanNemenyi.test(models, scores, direction, alpha <= 0.05 ? 0.05 : 0.10);
    }

    private static List<Result> friedman(RunRecord run, SignificanceSpec spec, Direction direction) {
        List<String> models = new ArrayList<>();
        run.models().forEach(m -> models.add(m.name()));
        FriedmanNemenyi f = friedman(run, spec.metric(), spec.alpha());
        List<Result> out = new ArrayList<>();
        out.add(new Result("friedman", "all", "", "", spec.metric(), f.fStatistic(), f.pValue(), f.verdict()));
        for (int i = 0; i < models.size(); i++) {
            for (int j = i + 1; j < models.size(); j++) {
                double diff = f.averageRanks()[i] - f.averageRanks()[j];
                out.add(new Result("nemenyi", "all", models.get(i), models.get(j), spec.metric(), diff, Double.NaN,
                        String.format(java.util.Locale.ROOT, "average ranks %.2f vs %.2f, CD = %.2f: %s", f.averageRanks()[i],
                                f.averageRanks()[j], f.criticalDifference(), f.significant(i, j) ? "significant" : "not significant")));
            }
        }
        return out;
    }

    /** The model pairs to test: the baseline against each other model, or every pair. */
    private static List<String[]> pairs(RunRecord run, SignificanceSpec spec) {
        List<String[]> out = new ArrayList<>();
        List<RunRecord.ModelInfo> models = run.models();
        for (int i = 0; i < models.size(); i++) {
            for (int j = i + 1; j < models.size(); j++) {
                String a = models.get(i).name();
                String b = models.get(j).name();
                if (spec.baseline() == null) {
                    out.add(new String[] {a, b});
                } else if (a.equals(spec.baseline()) || b.equals(spec.baseline())) {
                    String other = a.equals(spec.baseline()) ? b : a;
                    out.add(new String[] {other, spec.baseline()});
                }
            }
        }
        return out;
    }

    /** Mean of a metric per data set (in data set order) for one model; NaN where nothing finished. */
    private static double[] means(RunRecord run, String model, String metric) {
        double[] out = new double[run.datasets().size()];
        for (int i = 0; i < out.length; i++) {
            String ds = run.datasets().get(i).name();
            double sum = 0;
            int n = 0;
            for (Outcome o : run.outcomes()) {
                Double v = o.dataset().equals(ds) && o.model().equals(model) ? o.metrics().get(metric) : null;
                if (v != null) {
                    sum += v;
                    n++;
                }
            }
            out[i] = n == 0 ? Double.NaN : sum / n;
        }
        return out;
    }

    /** Values of two models on the splits both finished, in split order, with mean split sizes. */
    private record Paired(double[] a, double[] b, boolean[] correctA, boolean[] correctB, double nTrain, double nTest) {
    }

    private static Paired paired(RunRecord run, String dataset, String modelA, String modelB, String metric) {
        Map<Integer, Outcome> as = new TreeMap<>();
        Map<Integer, Outcome> bs = new LinkedHashMap<>();
        for (Outcome o : run.outcomes()) {
            if (o.dataset().equals(dataset) && !o.failed() && o.metrics().containsKey(metric)) {
                if (o.model().equals(modelA)) {
                    as.put(o.split().index(), o);
                } else if (o.model().equals(modelB)) {
                    bs.put(o.split().index(), o);
                }
            }
        }
        List<double[]> values = new ArrayList<>();
        double nTrain = 0;
        double nTest = 0;
        boolean[] correctA = new boolean[0];
        boolean[] correctB = new boolean[0];
        for (Map.Entry<Integer, Outcome> e : as.entrySet()) {
            Outcome b = bs.get(e.getKey());
            if (b == null) {
                continue;
            }
            Outcome a = e.getValue();
            values.add(new double[] {a.metrics().get(metric), b.metrics().get(metric)});
            nTrain += a.split().train().length;
            nTest += a.split().test().length;
            correctA = concat(correctA, a.correct());
            correctB = concat(correctB, b.correct());
        }
        double[] va = new double[values.size()];
        double[] vb = new double[values.size()];
        for (int i = 0; i < va.length; i++) {
            va[i] = values.get(i)[0];
            vb[i] = values.get(i)[1];
        }
        int n = Math.max(1, va.length);
        return new Paired(va, vb, correctA, correctB, nTrain / n, nTest / n);
    }

    private static boolean[] concat(boolean[] a, boolean[] b) {
        boolean[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
