package versus.experiment;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import versus.eval.Bootstrap;
import versus.eval.Holdout;
import versus.eval.LeaveOneOut;
import versus.eval.KFold;
import versus.eval.Predefined;
import versus.eval.Protocol;
import versus.eval.TrainTest;
import versus.experiment.ExperimentConfig.ProtocolConfig;
import versus.experiment.ExperimentPlan.DataSpec;
import versus.experiment.ExperimentPlan.LoadedData;
import versus.experiment.ExperimentPlan.ProtocolSpec;

/**
 * The {@code protocol:} section: how each data set is split into training and test rows.
 */
final class ProtocolPlanner {
    private final YamlSource src;
    private final ConfigChecks check;

    ProtocolPlanner(ConfigChecks check) {
        this.check = check;
        this.src = check.source();
    }

    ProtocolSpec protocol(ProtocolConfig p, List<DataSpec> data) {
        String kind = p == null || p.kind() == null ? "kfold" : p.kind();
        String at = "/protocol";
        ProtocolConfig c = p == null ? new ProtocolConfig(kind, null, null, null, null, null, null, null) : p;
        if (!kind.equals("bootstrap")) {
            check.onlyFor(at, "protocol " + kind, ConfigChecks.keys("resamples", c.resamples(), "estimator", c.estimator()));
        }
        switch (kind) {
            case "kfold", "nested": {
                // nested is k-fold whose models' grids are tuned by inner CV in each outer training split (PlanBuilder checks a grid exists)
                check.onlyFor(at, "protocol " + kind, ConfigChecks.keys("test-fraction", c.testFraction(), "path", c.path()));
                KFold kf = check.parse(at + "/k", () -> new KFold(c.k() == null ? 10 : c.k(), c.repeats() == null ? 1 : c.repeats(),
                        c.stratified() == null || c.stratified()));
                String outer = (kf.stratified() ? "stratified " : "") + kf.k() + "-fold cross-validation"
                        + (kf.repeats() > 1 ? ", repeated " + kf.repeats() + " times" : "");
                return fixed(kf, kind.equals("nested") ? "nested cross-validation: outer " + outer
                        + "; each model's grid is tuned by inner cross-validation on the outer training split only" : outer);
            }
            case "holdout": {
                check.onlyFor(at, "protocol holdout", ConfigChecks.keys("k", c.k(), "path", c.path()));
                Holdout h = check.parse(at + "/test-fraction", () -> new Holdout(c.testFraction() == null ? 0.25 : c.testFraction(),
                        c.repeats() == null ? 1 : c.repeats(), c.stratified() == null || c.stratified()));
                return fixed(h, (h.stratified() ? "stratified " : "") + "holdout with test fraction " + h.testFraction()
                        + (h.repeats() > 1 ? ", " + h.repeats() + " random repeats" : ""));
            }
            case "train-test": {
                check.onlyFor(at, "protocol train-test", ConfigChecks.keys("k", c.k(), "path", c.path(), "test-fraction", c.testFraction(),
                        "repeats", c.repeats(), "stratified", c.stratified()));
                return new ProtocolSpec() {
                    @Override
                    public Protocol forData(LoadedData d) {
                        return new TrainTest(d.trainRows());
                    }

                    @Override
                    public String describe() {
                        return "fixed training and test files";
                    }

                    @Override
                    public boolean needsSeparateTest() {
                        return true;
                    }
                };
            }
            case "loo":
                check.onlyFor(at, "protocol loo", ConfigChecks.keys("k", c.k(), "path", c.path(), "test-fraction", c.testFraction(),
                        "repeats", c.repeats(), "stratified", c.stratified()));
                return fixed(new LeaveOneOut(), "leave-one-out (leave-one-query-out with qid groups)");
            case "bootstrap": {
                check.onlyFor(at, "protocol bootstrap", ConfigChecks.keys("k", c.k(), "path", c.path(), "test-fraction", c.testFraction(),
                        "repeats", c.repeats(), "stratified", c.stratified()));
                Bootstrap.Estimator estimator = c.estimator() == null ? Bootstrap.Estimator.POINT_632
                        : Bootstrap.Estimator.parse(c.estimator()).orElseThrow(() -> src.error(at + "/estimator",
                                "unknown bootstrap estimator '" + c.estimator() + "'; allowed: oob, 632, 632+"));
                Bootstrap b = check.parse(at + "/resamples", () -> new Bootstrap(c.resamples() == null ? 200 : c.resamples(), estimator));
                String text = b.resamples() + " bootstrap resamples, " + switch (estimator) {
                    case OOB -> "out-of-bag estimate";
                    case POINT_632 -> ".632 estimate (Efron 1983): 0.368 resubstitution + 0.632 out-of-bag per resample";
                    case POINT_632_PLUS -> ".632+ estimate (Efron and Tibshirani 1997)";
                };
                return new ProtocolSpec() {
                    @Override
                    public Protocol forData(LoadedData d) {
                        return b;
                    }

                    @Override
                    public String describe() {
                        return text;
                    }

                    @Override
                    public Optional<Bootstrap.Estimator> bootstrapEstimator() {
                        return Optional.of(estimator);
                    }
                };
            }
            case "resubstitution":
                check.onlyFor(at, "protocol resubstitution", ConfigChecks.keys("k", c.k(), "path", c.path(), "test-fraction", c.testFraction(),
                        "repeats", c.repeats(), "stratified", c.stratified()));
                return fixed(new versus.eval.Resubstitution(), "resubstitution (trained and tested on all rows: a training-set score)");
            case "predefined": {
                check.onlyFor(at, "protocol predefined", ConfigChecks.keys("k", c.k(), "test-fraction", c.testFraction(),
                        "repeats", c.repeats(), "stratified", c.stratified()));
                if (c.path() == null) {
                    throw src.error(at, "protocol predefined needs 'path', a CSV with columns index,fold "
                            + "({dataset} in the path is replaced by each dataset's name)");
                }
                Map<String, Path> folds = new LinkedHashMap<>();
                for (DataSpec d : data) {
                    folds.put(d.name(), check.existing(at + "/path", c.path().replace("{dataset}", d.name())));
                }
                return new ProtocolSpec() {
                    @Override
                    public Protocol forData(LoadedData d) {
                        return Predefined.load(folds.get(d.data().name()), d.data().rows());
                    }

                    @Override
                    public String describe() {
                        return "predefined folds from " + c.path();
                    }
                };
            }
            default:
                throw src.error(at + "/kind", "unknown protocol '" + kind + "'; available: " + String.join(", ", Registry.PROTOCOLS.keySet()));
        }
    }

    private static ProtocolSpec fixed(Protocol protocol, String description) {
        return new ProtocolSpec() {
            @Override
            public Protocol forData(LoadedData d) {
                if (protocol instanceof KFold kf && kf.stratified() && !d.data().hasQids() && !d.data().isMultiLabel()) {
                    KFold.requireClassesFillFolds(d.data(), kf.k());
                }
                return protocol;
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }

}
