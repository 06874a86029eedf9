package versus.experiment;

import java.util.Map;
import java.util.Optional;
import versus.experiment.ExperimentConfig.OptimizerConfig;
import versus.experiment.ExperimentConfig.RegularizerConfig;
import versus.experiment.ExperimentConfig.ScheduleConfig;
import versus.model.Initializer;
import versus.objective.Constraint;
import versus.objective.Regularizer;
import versus.optim.Minimizer;
import versus.optim.OptimizerSpec;
import versus.optim.Schedule;
import versus.train.TrainerSpec;

/**
 * The training keys shared by gradient-trained models and optimizer figures: regularizer,
 * initializer, optimizer with its schedule, early stopping and clipping.
 */
final class TrainingPlanner {
    private final YamlSource src;
    private final ConfigChecks check;

    TrainingPlanner(ConfigChecks check) {
        this.check = check;
        this.src = check.source();
    }

    Optional<TrainerSpec.EarlyStopping> earlyStopping(ExperimentConfig.EarlyStoppingConfig e, String at) {
        if (e == null) {
            return Optional.empty();
        }
        return Optional.of(check.parse(at, () -> new TrainerSpec.EarlyStopping(
                e.validationFraction() == null ? 0.1 : e.validationFraction(),
                e.patience() == null ? 10 : e.patience(),
                e.restoreBest() == null || e.restoreBest())));
    }

    Regularizer regularizer(RegularizerConfig r, String at) {
        if (r == null) {
            return Regularizer.ElasticNet.l2(1e-4);
        }
        String kind = r.kind() == null ? "l2" : r.kind();
        double lambda = r.lambda() == null ? 1e-4 : r.lambda();
        switch (kind) {
            case "none":
                check.onlyFor(at, "regularizer none", ConfigChecks.keys("lambda", r.lambda(), "l1-ratio", r.l1Ratio(), "w0", r.w0()));
                return new Regularizer.None();
            case "l2":
            case "l1":
                check.onlyFor(at, "regularizer " + kind, ConfigChecks.keys("l1-ratio", r.l1Ratio(), "w0", r.w0()));
                return check.parse(at + "/lambda", () -> new Regularizer.ElasticNet(lambda, kind.equals("l1") ? 1 : 0));
            case "elastic-net":
                check.onlyFor(at, "regularizer elastic-net", ConfigChecks.keys("w0", r.w0()));
                return check.parse(at, () -> new Regularizer.ElasticNet(lambda, r.l1Ratio() == null ? 0.5 : r.l1Ratio()));
            case "weight-elimination":
                check.onlyFor(at, "regularizer weight-elimination", ConfigChecks.keys("l1-ratio", r.l1Ratio()));
                return check.parse(at, () -> new Regularizer.WeightElimination(lambda, r.w0() == null ? 1.0 : r.w0()));
            default:
                throw src.error(at + "/kind", "unknown regularizer '" + kind + "'; available: " + String.join(", ", Registry.REGULARIZERS.keySet()));
        }
    }

    /** A bare initializer name, or {kind, a | std | value} for the three that take a parameter. */
    Initializer initializer(ExperimentConfig.InitConfig init, String at) {
        if (init == null || init.kind() == null) {
            throw src.error(at, "init needs a kind: one of " + String.join(", ", Registry.INITIALIZERS.keySet()));
        }
        String kind = init.kind();
        java.util.function.Function<ExperimentConfig.InitConfig, Initializer> make = Registry.INITIALIZERS.get(kind);
        if (make == null) {
            throw src.error(at, "unknown init '" + kind + "'; available: " + String.join(", ", Registry.INITIALIZERS.keySet()));
        }
        check.onlyFor(at, "init " + kind, ConfigChecks.keys("a", kind.equals("uniform") ? null : init.a(),
                "std", kind.equals("normal") ? null : init.std(), "value", kind.equals("constant") ? null : init.value()));
        return check.parse(at, () -> make.apply(init));
    }

    versus.train.Clipping clipping(ExperimentConfig.ClipConfig c, String at) {
        if ((c.norm() == null) == (c.value() == null)) {
            throw src.error(at, "clip takes exactly one of norm (global L2 norm) or value (per coordinate)");
        }
        return c.norm() != null ? check.parse(at + "/norm", () -> new versus.train.Clipping.ByNorm(c.norm()))
                : check.parse(at + "/value", () -> new versus.train.Clipping.ByValue(c.value()));
    }

    /** Pegasos' ball of radius 1/sqrt(lambda) (needs an L2 penalty). */
    Constraint pegasosBall(Regularizer reg, String at) {
        return new Constraint.L2Ball(1 / Math.sqrt(l2Lambda(reg, at, "projection onto the ball of radius 1/sqrt(lambda)")));
    }

    /** The lambda of a pure L2 penalty; anything else is an error naming what needs it. */
    double l2Lambda(Regularizer reg, String at, String what) {
        if (reg instanceof Regularizer.ElasticNet e && e.l1Ratio() == 0 && e.lambda() > 0) {
            return e.lambda();
        }
        throw src.error(at, what + " needs regularizer {kind: l2, lambda: > 0}");
    }

    /** A model's optimizer: any first-order {@link #optimizer} or the full-batch L-BFGS solver. */
    Minimizer minimizer(OptimizerConfig o, Regularizer reg, String at) {
        return build(o, reg, at, OptimizerKinds.find(o.kind() == null ? "adam" : o.kind()));
    }

    /** A first-order optimizer (also what optimizer figures draw). */
    OptimizerSpec optimizer(OptimizerConfig o, Regularizer reg, String at) {
        OptimizerKind kind = OptimizerKinds.find(o.kind() == null ? "adam" : o.kind());
        if (kind != null && !kind.firstOrder()) {
            throw src.error(at + "/kind", kind.name() + " is a full-batch solver for models; this figure draws first-order optimizers: "
                    + String.join(", ", OptimizerKinds.names(true)));
        }
        return (OptimizerSpec) build(o, reg, at, kind);
    }

    /** Refuses the keys the kind does not take (naming the kinds that do), then builds it. */
    private Minimizer build(OptimizerConfig o, Regularizer reg, String at, OptimizerKind kind) {
        if (kind == null) {
            throw src.error(at + "/kind", "unknown optimizer '" + o.kind() + "'; available: " + String.join(", ", OptimizerKinds.names(false)));
        }
        Map<String, Object> given = ConfigChecks.keys("learning-rate", o.learningRate(), "schedule", o.schedule(), "momentum",
                o.momentum(), "beta1", o.beta1(), "beta2", o.beta2(), "epsilon", o.epsilon(), "rho", o.rho(), "projection",
                o.projection(), "t0", o.t0(), "memory", o.memory(), "tolerance", o.tolerance());
        for (Map.Entry<String, Object> e : given.entrySet()) {
            if (e.getValue() != null && !kind.keys().contains(e.getKey())) {
                java.util.List<String> having = new java.util.ArrayList<>();
                OptimizerKinds.ALL.forEach(k -> {
                    if (k.keys().contains(e.getKey())) {
                        having.add(k.name());
                    }
                });
                throw src.error(at + "/" + e.getKey(), "key '" + e.getKey() + "' does not apply to optimizer " + kind.name()
                        + " (it is a key of " + String.join(", ", having) + "); " + kind.name() + " takes "
                        + (kind.keys().isEmpty() ? "no other key" : String.join(", ", kind.keys())));
            }
        }
        return kind.builder().build(o, new OptimizerKind.Inputs() {
            @Override
            public Schedule schedule(double defaultRate) {
                double rate = o.learningRate() == null ? defaultRate : o.learningRate();
                return o.schedule() != null && "pegasos".equals(o.schedule().kind())
                        ? new Schedule.Inverse(1 / TrainingPlanner.this.l2Lambda(reg, at + "/schedule", "schedule pegasos (1/(lambda t))"), 0)
                        : TrainingPlanner.this.schedule(o.schedule(), rate, at);
            }

            @Override
            public double l2Lambda(String what) {
                return TrainingPlanner.this.l2Lambda(reg, at, what);
            }

            @Override
            public <T> T parse(String key, java.util.function.Supplier<T> make) {
                return check.parse(key.isEmpty() ? at : at + "/" + key, make);
            }
        });
    }

    private Schedule schedule(ScheduleConfig s, double rate, String at) {
        String rateAt = at + "/learning-rate";
        if (s == null || s.kind() == null || s.kind().equals("constant")) {
            return check.parse(rateAt, () -> new Schedule.Constant(rate));
        }
        String sat = at + "/schedule";
        switch (s.kind()) {
            case "inverse": {
                double b = s.b() == null ? 1.0 : s.b();
                return check.parse(sat, () -> new Schedule.Inverse(s.a() == null ? rate * Math.max(b, 1e-300) : s.a(), b));
            }
            case "inverse-sqrt":
                return check.parse(rateAt, () -> new Schedule.InverseSqrt(rate));
            case "step":
                if (s.every() == null) {
                    throw src.error(sat, "schedule step needs 'every' (steps between drops) and optionally 'factor' (default 0.5)");
                }
                return check.parse(sat, () -> new Schedule.Step(rate, s.factor() == null ? 0.5 : s.factor(), s.every()));
            case "exponential":
                if (s.decay() == null) {
                    throw src.error(sat, "schedule exponential needs 'decay' (rate * exp(-decay (t - 1)))");
                }
                return check.parse(sat, () -> new Schedule.Exponential(rate, s.decay()));
            default:
                throw src.error(sat, "unknown schedule '" + s.kind() + "'; available: " + String.join(", ", Registry.SCHEDULES.keySet()));
        }
    }

}
