package versus.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import versus.optim.AdaGrad;
import versus.optim.Adam;
import versus.optim.Lbfgs;
import versus.optim.Momentum;
import versus.optim.RmsProp;
import versus.optim.Schedule;
import versus.optim.Sgd;

/**
 * The optimizers the YAML accepts, one {@link OptimizerKind} each. Descriptions are built from
 * the same default constants the builders use, so what {@code versus list optimizers} says a
 * default is, is the default.
 */
final class OptimizerKinds {
    private OptimizerKinds() {
    }

    private static final List<String> RATE = List.of("learning-rate", "schedule");

    static final List<OptimizerKind> ALL = List.of(
            new OptimizerKind("gd", "full-batch gradient descent (w <- w - eta g over the whole training set); learning-rate "
                    + Registry.number(Sgd.DEFAULT_RATE), RATE, true, (o, in) -> new Sgd(in.schedule(Sgd.DEFAULT_RATE))),
            new OptimizerKind("sgd", "stochastic / mini-batch gradient descent; learning-rate " + Registry.number(Sgd.DEFAULT_RATE) + ", projection "
                    + "onto ||w|| <= 1/sqrt(lambda) if asked", with(RATE, "projection"), true, (o, in) -> new Sgd(in.schedule(Sgd.DEFAULT_RATE))),
            momentum("momentum", "heavy-ball momentum (Polyak 1964)", false),
            momentum("nesterov", "Nesterov accelerated gradient (Sutskever et al. 2013)", true),
            new OptimizerKind("adagrad", "AdaGrad (Duchi et al. 2011); learning-rate " + Registry.number(Sgd.DEFAULT_RATE) + ", epsilon "
                    + Registry.number(AdaGrad.DEFAULT_EPSILON), with(RATE, "epsilon"), true, (o, in) -> in.parse("", () -> new AdaGrad(
                    in.schedule(Sgd.DEFAULT_RATE), or(o.epsilon(), AdaGrad.DEFAULT_EPSILON)))),
            new OptimizerKind("rmsprop", "RMSProp (Tieleman and Hinton 2012); learning-rate " + Registry.number(RmsProp.DEFAULT_RATE) + ", rho "
                    + Registry.number(RmsProp.DEFAULT_RHO) + ", epsilon " + Registry.number(RmsProp.DEFAULT_EPSILON), with(RATE, "rho", "epsilon"), true,
                    (o, in) -> in.parse("", () -> new RmsProp(in.schedule(RmsProp.DEFAULT_RATE), or(o.rho(), RmsProp.DEFAULT_RHO),
                            or(o.epsilon(), RmsProp.DEFAULT_EPSILON)))),
            new OptimizerKind("adam", "Adam (Kingma and Ba 2015); learning-rate " + Registry.number(Adam.DEFAULT_RATE) + ", beta1 " + Registry.number(Adam.DEFAULT_BETA1)
                    + ", beta2 " + Registry.number(Adam.DEFAULT_BETA2) + ", epsilon " + Registry.number(Adam.DEFAULT_EPSILON), with(RATE, "beta1", "beta2", "epsilon"), true,
                    (o, in) -> in.parse("", () -> new Adam(in.schedule(Adam.DEFAULT_RATE), or(o.beta1(), Adam.DEFAULT_BETA1),
                            or(o.beta2(), Adam.DEFAULT_BETA2), or(o.epsilon(), Adam.DEFAULT_EPSILON)))),
            new OptimizerKind("pegasos", "preset: SGD at rate 1/(lambda (t + t0)) on an L2 penalty (Shalev-Shwartz et al. 2007), "
                    + "projected onto ||w|| <= 1/sqrt(lambda) unless projection: false; t0 defaults to lambda^(-3/4) (Bottou), t0: 0 "
                    + "is the paper's rate", List.of("t0", "projection"), true, OptimizerKinds::pegasos),
            new OptimizerKind("lbfgs", "full-batch L-BFGS (Liu and Nocedal 1989) with a strong-Wolfe line search, one iteration per "
                    + "epoch; keys memory (" + Registry.number(Lbfgs.DEFAULT_MEMORY) + "), tolerance (" + Registry.number(Lbfgs.DEFAULT_TOLERANCE) + ", on max |g| / "
                    + "max(1, |J|)); stops early when converged", List.of("memory", "tolerance"), false,
                    (o, in) -> in.parse("", () -> new Lbfgs(o.memory() == null ? Lbfgs.DEFAULT_MEMORY : o.memory(),
                            or(o.tolerance(), Lbfgs.DEFAULT_TOLERANCE)))));

    /**
     * Pegasos (Shalev-Shwartz et al. 2007): SGD on lambda/2 ||w||^2 + mean hinge with eta_t =
     * 1 / (lambda (t + t0)). The paper has t0 = 0 and no bias; with an unpenalised bias its first
     * steps (1/lambda) throw the bias far off, so by default t0 = lambda^(-3/4), Bottou's heuristic
     * (scikit-learn's 'optimal' rate).
     */
    private static Sgd pegasos(ExperimentConfig.OptimizerConfig o, OptimizerKind.Inputs in) {
        double lambda = in.l2Lambda("optimizer pegasos");
        double t0 = o.t0() == null ? Math.pow(lambda, -0.75) : o.t0();
        return in.parse("t0", () -> new Sgd(new Schedule.Inverse(1 / lambda, t0)));
    }

    private static OptimizerKind momentum(String name, String what, boolean nesterov) {
        return new OptimizerKind(name, what + "; learning-rate " + Registry.number(Sgd.DEFAULT_RATE) + ", momentum " + Registry.number(Momentum.DEFAULT_MOMENTUM),
                with(RATE, "momentum"), true, (o, in) -> in.parse("momentum", () -> new Momentum(in.schedule(Sgd.DEFAULT_RATE),
                or(o.momentum(), Momentum.DEFAULT_MOMENTUM), nesterov)));
    }

    private static double or(Double given, double fallback) {
        return given == null ? fallback : given;
    }

    private static List<String> with(List<String> base, String... more) {
        List<String> keys = new ArrayList<>(base);
        keys.addAll(List.of(more));
        return List.copyOf(keys);
    }

    /** The kind called {@code name}, or null. */
    static OptimizerKind find(String name) {
        for (OptimizerKind k : ALL) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }

    static List<String> names(boolean firstOrderOnly) {
        List<String> names = new ArrayList<>();
        for (OptimizerKind k : ALL) {
            if (k.firstOrder() || !firstOrderOnly) {
                names.add(k.name());
            }
        }
        return names;
    }

    /** Name to description, as {@code versus list optimizers} prints it. */
    static Map<String, String> descriptions() {
        Map<String, String> m = new LinkedHashMap<>();
        ALL.forEach(k -> m.put(k.name(), k.description()));
        return m;
    }
}
