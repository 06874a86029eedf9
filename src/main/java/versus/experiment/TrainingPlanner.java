package versus.experiment;

import java.util.Map;
import java.util.Optional;
import versus.experiment.ExperimentConfig.OptimizerConfig;
import versus.experiment.ExperimentConfig.RegularizerConfig;
import versus.experiment.ExperimentConfig.ScheduleConfig;
import versus.model.Initializer;
import versus.objective.Constraint;
import versus.objective.Regularizer;
import versus.optim.AdaGrad;
import versus.optim.Adam;
import versus.optim.Momentum;
import versus.optim.Lbfgs;
import versus.optim.Minimizer;
import versus.optim.OptimizerSpec;
import versus.optim.RmsProp;
import versus.optim.Schedule;
import versus.optim.Sgd;
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
        if (!"lbfgs".equals(o.kind())) {
            return optimizer(o, reg, at);
        }
        check.onlyFor(at, "optimizer lbfgs (full batch, step sizes from a Wolfe line search)", ConfigChecks.keys(
                "learning-rate", o.learningRate(), "schedule", o.schedule(), "momentum", o.momentum(), "beta1", o.beta1(),
                "beta2", o.beta2(), "epsilon", o.epsilon(), "rho", o.rho(), "projection", o.projection(), "t0", o.t0()));
        return check.parse(at, () -> new Lbfgs(o.memory() == null ? Lbfgs.DEFAULT_MEMORY : o.memory(),
                o.tolerance() == null ? Lbfgs.DEFAULT_TOLERANCE : o.tolerance()));
    }

    /** A first-order optimizer (also what optimizer figures draw). */
    OptimizerSpec optimizer(OptimizerConfig o, Regularizer reg, String at) {
        String kind = o.kind() == null ? "adam" : o.kind();
        if (kind.equals("lbfgs")) {
            throw src.error(at + "/kind", "lbfgs is a full-batch solver for models; this figure draws first-order optimizers: "
                    + String.join(", ", Registry.FIRST_ORDER_OPTIMIZERS));
        }
        check.onlyFor(at, "optimizer " + kind + " (memory and tolerance are for lbfgs)", ConfigChecks.keys(
                "memory", o.memory(), "tolerance", o.tolerance()));
        if (o.projection() != null && !kind.equals("pegasos") && !kind.equals("sgd")) {
            throw src.error(at + "/projection", "key 'projection' applies to optimizers pegasos and sgd, not " + kind);
        }
        if (o.t0() != null && !kind.equals("pegasos")) {
            throw src.error(at + "/t0", "key 't0' applies to optimizer pegasos; elsewhere use schedule {kind: inverse, a, b}");
        }
        if (kind.equals("pegasos")) {
            // Shalev-Shwartz et al. (2007): SGD on lambda/2 ||w||^2 + mean hinge with eta_t = 1 / (lambda (t + t0)).
            // The paper has t0 = 0 and no bias; with an unpenalised bias its first steps (1/lambda) throw the
            // bias far off, so by default t0 = lambda^(-3/4), Bottou's heuristic (scikit-learn's 'optimal' rate).
            check.onlyFor(at, "optimizer pegasos (its rate is 1/(lambda (t + t0)))", ConfigChecks.keys("learning-rate", o.learningRate(),
                    "schedule", o.schedule(), "momentum", o.momentum(), "beta1", o.beta1(), "beta2", o.beta2(),
                    "epsilon", o.epsilon(), "rho", o.rho()));
            double lambda = l2Lambda(reg, at, "optimizer pegasos");
            double t0 = o.t0() == null ? Math.pow(lambda, -0.75) : o.t0();
            return check.parse(at + "/t0", () -> new Sgd(new Schedule.Inverse(1 / lambda, t0)));
        }
        double defaultRate = kind.equals("adam") || kind.equals("rmsprop") ? 0.001 : 0.01;
        double rate = o.learningRate() == null ? defaultRate : o.learningRate();
        Map<String, Object> extras = ConfigChecks.keys("momentum", o.momentum(), "beta1", o.beta1(), "beta2", o.beta2(),
                "epsilon", o.epsilon(), "rho", o.rho());
        Schedule schedule = o.schedule() != null && "pegasos".equals(o.schedule().kind())
                ? new Schedule.Inverse(1 / l2Lambda(reg, at + "/schedule", "schedule pegasos (1/(lambda t))"), 0)
                : schedule(o.schedule(), rate, at);
        switch (kind) {
            case "gd":
            case "sgd":
                check.onlyFor(at, "optimizer " + kind, extras);
                return new Sgd(schedule);
            case "momentum":
            case "nesterov":
                extras.remove("momentum");
                check.onlyFor(at, "optimizer " + kind, extras);
                return check.parse(at + "/momentum", () -> new Momentum(schedule, o.momentum() == null ? 0.9 : o.momentum(), kind.equals("nesterov")));
            case "adagrad":
                extras.remove("epsilon");
                check.onlyFor(at, "optimizer adagrad", extras);
                return check.parse(at, () -> new AdaGrad(schedule, o.epsilon() == null ? 1e-8 : o.epsilon()));
            case "rmsprop":
                extras.remove("epsilon");
                extras.remove("rho");
                check.onlyFor(at, "optimizer rmsprop", extras);
                return check.parse(at, () -> new RmsProp(schedule, o.rho() == null ? 0.9 : o.rho(), o.epsilon() == null ? 1e-8 : o.epsilon()));
            case "adam":
                extras.remove("epsilon");
                extras.remove("beta1");
                extras.remove("beta2");
                check.onlyFor(at, "optimizer adam", extras);
                return check.parse(at, () -> new Adam(schedule, o.beta1() == null ? 0.9 : o.beta1(), o.beta2() == null ? 0.999 : o.beta2(),
                        o.epsilon() == null ? 1e-8 : o.epsilon()));
            default:
                throw src.error(at + "/kind", "unknown optimizer '" + kind + "'; available: " + String.join(", ", Registry.OPTIMIZERS.keySet()));
        }
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
