package versus.experiment;

import java.util.ArrayList;
import java.util.List;
import versus.eval.Metric;
import versus.experiment.ExperimentConfig.ProtocolConfig;
import versus.experiment.ExperimentPlan.DataSpec;
import versus.experiment.ExperimentPlan.ModelSpec;
import versus.report.SignificanceSpec;
import versus.stats.FriedmanNemenyi;

/**
 * The {@code tests:} section: each significance test checked against the protocol, models, data
 * sets and metrics it needs.
 */
final class TestPlanner {
    private final YamlSource src;
    private final ConfigChecks check;

    TestPlanner(ConfigChecks check) {
        this.check = check;
        this.src = check.source();
    }

    List<SignificanceSpec> tests(ExperimentConfig c, List<DataSpec> data, List<ModelSpec> models, List<Metric> metrics) {
        List<SignificanceSpec> out = new ArrayList<>();
        if (c.tests() == null) {
            return out;
        }
        ProtocolConfig p = c.protocol();
        String protocol = p == null || p.kind() == null ? "kfold" : p.kind();
        int repeats = p == null || p.repeats() == null ? 1 : p.repeats();
        for (int i = 0; i < c.tests().size(); i++) {
            String at = "/tests/" + i;
            ExperimentConfig.TestConfig t = c.tests().get(i);
            if (t == null || t.kind() == null) {
                throw src.error(at, "a test needs 'kind': one of " + Registry.TESTS.keySet());
            }
            SignificanceSpec.Kind kind = SignificanceSpec.Kind.parse(t.kind()).orElseThrow(() -> src.error(at + "/kind",
                    "unknown test '" + t.kind() + "'; available: " + String.join(", ", Registry.TESTS.keySet())));
            if (t.baseline() != null && models.stream().noneMatch(m -> m.name().equals(t.baseline()))) {
                throw src.error(at + "/baseline", "baseline '" + t.baseline() + "' is not a model of this experiment");
            }
            String metric = t.metric() == null ? metrics.get(0).name() : t.metric();
            if (metrics.stream().noneMatch(m -> m.name().equals(metric))) {
                throw src.error(at + "/metric", "metric '" + metric + "' is not in this experiment's metrics " + ConfigChecks.metricNames(metrics));
            }
            if (models.size() < 2) {
                throw src.error(at, "a significance test compares models; this experiment has one");
            }
            switch (kind) {
                case FIVE_BY_TWO_CV -> {
                    Integer k = p == null ? null : p.k();
                    if (!(protocol.equals("kfold") || protocol.equals("nested")) || k == null || k != 2 || repeats != 5) {
                        throw src.error(at + "/kind", "5x2cv needs protocol {kind: kfold, k: 2, repeats: 5}");
                    }
                }
                case MCNEMAR -> {
                    if (!(protocol.equals("holdout") && repeats == 1) && !protocol.equals("train-test")) {
                        throw src.error(at + "/kind", "mcnemar compares two models on one test set: use protocol holdout "
                                + "(repeats 1) or train-test; for cross-validation use corrected-t");
                    }
                }
                case CORRECTED_T, BAYESIAN_ROPE -> {
                    if (protocol.equals("loo") || protocol.equals("resubstitution") || protocol.equals("train-test")
                            || protocol.equals("holdout") && repeats < 2) {
                        throw src.error(at + "/kind", t.kind() + " needs several resampled splits (repeated holdout, k-fold "
                                + "or bootstrap), not protocol " + protocol);
                    }
                }
                case WILCOXON, FRIEDMAN_NEMENYI -> {
                    if (data.size() < 2) {
                        throw src.error(at + "/kind", t.kind() + " compares models across data sets and this experiment has one;"
                                + " use corrected-t or bayesian-rope within a data set");
                    }
                    if (kind == SignificanceSpec.Kind.FRIEDMAN_NEMENYI && models.size() > FriedmanNemenyi.MAX_MODELS) {
                        throw src.error(at + "/kind", "friedman-nemenyi handles at most " + FriedmanNemenyi.MAX_MODELS + " models");
                    }
                }
                default -> { }
            }
            if (t.rope() != null && kind != SignificanceSpec.Kind.BAYESIAN_ROPE) {
                throw src.error(at + "/rope", "key 'rope' applies to bayesian-rope");
            }
            out.add(check.parse(at, () -> new SignificanceSpec(kind, t.baseline(), metric, t.alpha() == null ? 0.05 : t.alpha(),
                    t.rope() == null ? 0.01 : t.rope())));
        }
        return out;
    }

}
