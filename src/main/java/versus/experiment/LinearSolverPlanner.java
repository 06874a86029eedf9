package versus.experiment;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import versus.experiment.ExperimentConfig.ModelConfig;
import versus.experiment.ExperimentConfig.RegularizerConfig;
import versus.experiment.ExperimentPlan.ModelSpec;
import versus.linear.BiasPenalty;
import versus.loss.LossCatalog;
import versus.objective.Regularizer;
import versus.optim.Lbfgs;
import versus.optim.Minimizer;
import versus.train.DualSvmLearner;

/**
 * The solver a {@code model: linear} gets when its YAML names no {@code optimizer:}: one that
 * solves the convex problem to a tolerance, as LIBLINEAR and scikit-learn do, instead of a fixed
 * number of first-order epochs. Keys (on the model): {@code tolerance}, {@code max-iterations},
 * {@code bias: penalised | unpenalised}; the L2 penalty defaults to scikit-learn's and
 * LIBLINEAR's C = 1, i.e. lambda = 1 / n_train for J = mean loss + lambda / 2 ||w||^2.
 *
 * <p>Smooth losses (logistic, softmax, squared-hinge, modified-huber, squared, mse) are solved by
 * {@link versus.optim.TrustRegionNewton} with an L-BFGS start: up to 500 L-BFGS iterations (Liu
 * and Nocedal 1989), then trust-region Newton (Lin, Weng and Keerthi 2008) from there, both to
 * max_i |g_i| <= tolerance max(1, |J|). Measured: on the standardised iris, wine, breast_cancer and
 * digits L-BFGS alone converges in 20 to 360 iterations (0.2 s per digits fit), where Newton with
 * finite-difference Hessian products is slower (digits 0.9 s) and on digits' squared hinge did not
 * reach 1e-6 in 1000 iterations; on raw, unstandardised breast_cancer L-BFGS is still at
 * max |g| 0.09 after 1000 iterations, where Newton converges in about 15. Both objectives agree
 * with LIBLINEAR -s 0 / -s 2 -e 1e-10 to a relative 2e-8 or better (LinearDefaultsTest). Other
 * losses (hinge, perceptron, the non-convex ones, Crammer-Singer, Weston-Watkins) are not smooth,
 * so they keep the first-order default.
 *
 * <p>The bias follows scikit-learn's default for each loss: unpenalised for logistic and softmax
 * (LogisticRegression leaves the intercept out of the penalty) and the regression-type losses,
 * penalised as LIBLINEAR's {@code -B 1} for the SVM losses (LinearSVC; the dual solvers need it).
 * Measured on the shared 10 folds at C = 1: a penalised bias costs one-vs-rest logistic 2 points
 * on iris (0.907 against 0.927) and 0.5 on digits, and with it unpenalised every default is
 * within 0.2 points of scikit-learn's. {@code bias: penalised | unpenalised} overrides it.
 */
final class LinearSolverPlanner {
    /** Losses that are continuously differentiable and convex in the scores: L-BFGS finds their optimum. */
    static final Set<String> SMOOTH = Set.of("logistic", "logistic2", "softmax", "cross-entropy", "squared-hinge",
            "modified-huber", "squared", "mse");
    static final int DEFAULT_MAX_ITERATIONS = 1000;
    /** LIBLINEAR's and scikit-learn's default cost. */
    static final double DEFAULT_COST = 1;

    private final YamlSource src;
    private final ConfigChecks check;
    private final TrainingPlanner training;

    LinearSolverPlanner(ConfigChecks check, TrainingPlanner training) {
        this.check = check;
        this.src = check.source();
        this.training = training;
    }

    /**
     * How a linear model with no optimizer is solved.
     *
     * @param minimizer    the solver, with its tolerance
     * @param maxIterations its iteration limit (the trainer's epochs)
     * @param cost         LIBLINEAR's C when lambda = 1 / (C n), else empty and {@code regularizer} is fixed
     * @param penalisedBias whether the bias is penalised
     * @param summary      what the models table says about it
     */
    record Plan(Minimizer minimizer, int maxIterations, Regularizer regularizer, OptionalDouble cost, boolean penalisedBias,
                String summary) {
    }

    /** Losses whose default is a penalised bias (scikit-learn's LinearSVC, LIBLINEAR {@code -B 1}). */
    static final Set<String> SVM_LOSSES = Set.of("hinge", "squared-hinge", "crammer-singer", "weston-watkins");

    /**
     * Whether the bias is penalised: {@code bias:}, else for the default solver as scikit-learn does
     * for the loss, else (an explicitly named optimizer) unpenalised as before.
     */
    boolean penalisedBias(ModelConfig m, String at, String loss, boolean defaultSolver) {
        if (m.bias() == null) {
            return defaultSolver && SVM_LOSSES.contains(loss);
        }
        return switch (m.bias()) {
            case "penalised" -> true;
            case "unpenalised" -> false;
            default -> throw src.error(at + "/bias", "unknown bias '" + m.bias() + "'; allowed: penalised (LIBLINEAR's -B 1), unpenalised");
        };
    }

    /** The default solver for a linear model of this loss, or empty when it keeps the first-order default. */
    Optional<Plan> plan(ModelConfig m, String at, String loss, boolean pairwise) {
        if (m.solver() != null && m.optimizer() != null) {
            throw src.error(at + "/solver", "give one of solver and optimizer: solver names an exact solver (newton, dual-cd), "
                    + "optimizer an iterative first-order one");
        }
        if (m.solver() != null && !m.solver().equals("newton")) {
            throw src.error(at + "/solver", "unknown solver '" + m.solver() + "'; allowed: " + String.join(", ", SOLVERS.keySet()));
        }
        if ("newton".equals(m.solver()) && (pairwise || !SMOOTH.contains(loss))) {
            throw src.error(at + "/solver", "solver newton needs a smooth loss (" + String.join(", ", new java.util.TreeSet<>(SMOOTH))
                    + "); loss " + loss + (pairwise ? " with objective pairwise" : "") + (DUAL.containsKey(loss) ? " takes solver dual-cd" : "")
                    + " or an optimizer");
        }
        if (m.optimizer() != null) {
            check.onlyFor(at, "a model that names its optimizer (tolerance and max-iterations are for the default solver "
                    + "of model linear; lbfgs takes optimizer {tolerance} and epochs)", ConfigChecks.keys(
                    "tolerance", m.tolerance(), "max-iterations", m.maxIterations()));
            return Optional.empty();
        }
        boolean firstOrderKeys = m.batchSize() != null || m.shuffle() != null || m.averageFrom() != null || m.clip() != null;
        if ("newton".equals(m.solver())) {
            check.onlyFor(at, "solver newton (full batch, deterministic)", ConfigChecks.keys("batch-size", m.batchSize(), "shuffle",
                    m.shuffle(), "average-from", m.averageFrom(), "clip", m.clip()));
        }
        if (pairwise || !SMOOTH.contains(loss) || firstOrderKeys) {
            // mini-batch keys ask for the first-order default (adam), as before
            check.onlyFor(at, "loss " + loss + (pairwise ? " with objective pairwise" : firstOrderKeys ? " with mini-batch keys" : "")
                    + " (it is trained by the first-order default, adam; tolerance and max-iterations are for the exact solver "
                    + "of smooth losses: " + String.join(", ", new java.util.TreeSet<>(SMOOTH)) + ")", ConfigChecks.keys(
                    "tolerance", m.tolerance(), "max-iterations", m.maxIterations()));
            return Optional.empty();
        }
        double tolerance = m.tolerance() == null ? Lbfgs.DEFAULT_TOLERANCE : m.tolerance();
        versus.optim.TrustRegionNewton solver = check.parse(at + "/tolerance", () -> new versus.optim.TrustRegionNewton(tolerance, versus.optim.TrustRegionNewton.DEFAULT_LBFGS_ITERATIONS));
        int maxIterations = iterationLimit(m, at, DEFAULT_MAX_ITERATIONS);
        RegularizerConfig r = m.regularizer();
        String kind = r == null || r.kind() == null ? "l2" : r.kind();
        if (!kind.equals("l2") && !kind.equals("none")) {
            throw src.error(at + "/regularizer/kind", "regularizer " + kind + " is not smooth and convex, so the default solver "
                    + "(L-BFGS) cannot solve it; use l2 or none, or name an optimizer, e.g. optimizer: {kind: adam}");
        }
        boolean bias = penalisedBias(m, at, loss, true);
        OptionalDouble cost = kind.equals("l2") && (r == null || r.lambda() == null) ? OptionalDouble.of(DEFAULT_COST) : OptionalDouble.empty();
        Regularizer reg;
        String penalty;
        if (cost.isPresent()) {
            check.onlyFor(at + "/regularizer", "regularizer l2", ConfigChecks.keys("l1-ratio", r == null ? null : r.l1Ratio(),
                    "w0", r == null ? null : r.w0()));
            reg = Regularizer.ElasticNet.l2(1); // the form only: GradientLearner sets lambda = 1 / (C n) per fit
            penalty = "l2 lambda 1/n_train (C = 1)";
        } else {
            reg = training.regularizer(r, at + "/regularizer");
            penalty = reg instanceof Regularizer.ElasticNet e ? "l2 " + e.lambda() : "no penalty";
        }
        String summary = "linear, loss " + loss + ", " + penalty + ", bias " + (bias ? "penalised" : "unpenalised")
                + ", lbfgs (then trust-region newton after " + versus.optim.TrustRegionNewton.DEFAULT_LBFGS_ITERATIONS
                + " iterations) to tolerance " + tolerance + " (max |g| <= tolerance max(1, |J|)), at most " + maxIterations + " iterations";
        return Optional.of(new Plan(solver, maxIterations, reg, cost, bias, summary));
    }

    /** The exact solvers of {@code solver:}, for {@code versus list solvers}. */
    static final Map<String, String> SOLVERS = Registry.table(
            "newton", "smooth losses (" + String.join(", ", new java.util.TreeSet<>(SMOOTH)) + "): L-BFGS for up to "
                    + versus.optim.TrustRegionNewton.DEFAULT_LBFGS_ITERATIONS + " iterations, then trust-region Newton (Lin, Weng and "
                    + "Keerthi 2008) to tolerance (1e-6 on max |g| / max(1, |J|)); the default for them",
            "dual-cd", "linear SVMs in the dual (LIBLINEAR): hinge and squared-hinge by dual coordinate descent (Hsieh et al. 2008; "
                    + "one-vs-rest for K > 2; SMO pair updates when bias: unpenalised), crammer-singer by the sequential dual method "
                    + "(Keerthi et al. 2008), weston-watkins by dual coordinate ascent; stops on the dual optimality violation "
                    + "(tolerance 1e-6, 1e-7 for the multiclass ones; max-iterations 1000000 passes with shrinking, 50000 for "
                    + "crammer-singer, weston-watkins and the free-bias SMO); the default for hinge, "
                    + "crammer-singer and weston-watkins");

    /** The losses {@code solver: dual-cd} solves, and how. */
    static final Map<String, DualSvmLearner.Formulation> DUAL = Map.of(
            "hinge", DualSvmLearner.Formulation.HINGE,
            "squared-hinge", DualSvmLearner.Formulation.SQUARED_HINGE,
            "crammer-singer", DualSvmLearner.Formulation.CRAMMER_SINGER,
            "weston-watkins", DualSvmLearner.Formulation.WESTON_WATKINS);

    /**
     * The dual solver for a linear SVM: by default for the hinge, Crammer-Singer and Weston-Watkins
     * losses (not smooth, so {@link #plan} cannot solve them), and for any of {@link #DUAL} when
     * {@code solver: dual-cd}. Without {@code solver:}, keys that ask for first-order training
     * (batch-size, shuffle, average-from, clip, early-stopping, init, objective pairwise) or an
     * experiment budget keep the first-order default, as before; with it they are errors.
     */
    Optional<ModelSpec> dual(ModelConfig m, String at, String loss, boolean pairwise, boolean budgeted) {
        boolean asked = "dual-cd".equals(m.solver());
        if (m.optimizer() != null || !(asked || m.solver() == null && DUAL.containsKey(loss) && !loss.equals("squared-hinge"))) {
            return Optional.empty();
        }
        Map<String, Object> firstOrder = ConfigChecks.keys("batch-size", m.batchSize(), "shuffle", m.shuffle(), "average-from",
                m.averageFrom(), "clip", m.clip(), "early-stopping", m.earlyStopping(), "init", m.init());
        boolean wantsFirstOrder = pairwise || budgeted || firstOrder.values().stream().anyMatch(java.util.Objects::nonNull);
        if (!asked && wantsFirstOrder) {
            check.onlyFor(at, "loss " + loss + " trained by the first-order default (adam; the keys that ask for it: batch-size, shuffle, "
                    + "average-from, clip, early-stopping, init, objective pairwise, a budget)", ConfigChecks.keys(
                    "tolerance", m.tolerance(), "max-iterations", m.maxIterations()));
            return Optional.empty();
        }
        DualSvmLearner.Formulation formulation = DUAL.get(loss);
        if (formulation == null) {
            throw src.error(at + "/solver", "solver dual-cd solves the linear SVM losses " + String.join(", ", new java.util.TreeSet<>(DUAL.keySet()))
                    + ", not " + loss + (SMOOTH.contains(loss) ? "; use solver newton" : "; name an optimizer"));
        }
        if (pairwise) {
            throw src.error(at + "/objective", "solver dual-cd solves pointwise SVMs; objective pairwise needs an optimizer");
        }
        if (budgeted) {
            throw src.error(at + "/solver", "the experiment's budget is for iterative training; solver dual-cd solves to its tolerance: remove one");
        }
        check.onlyFor(at, "solver dual-cd (it solves the dual to a tolerance from alpha = 0)", firstOrder);
        double tolerance = m.tolerance() == null ? formulation.defaultTolerance() : m.tolerance();
        if (!(tolerance > 0)) {
            throw src.error(at + "/tolerance", "tolerance must be a number > 0, got " + tolerance);
        }

        RegularizerConfig r = m.regularizer();
        String kind = r == null || r.kind() == null ? "l2" : r.kind();
        if (!kind.equals("l2")) {
            throw src.error(at + "/regularizer/kind", "the dual solvers solve the L2-regularised SVM (lambda > 0); regularizer " + kind
                    + " needs an optimizer, e.g. optimizer: {kind: adam}");
        }
        check.onlyFor(at + "/regularizer", "regularizer l2 of the dual solvers", ConfigChecks.keys("l1-ratio", r == null ? null : r.l1Ratio(),
                "w0", r == null ? null : r.w0()));
        DualSvmLearner.Penalty penalty = r == null || r.lambda() == null ? new DualSvmLearner.Penalty.Cost(DEFAULT_COST)
                : check.parse(at + "/regularizer/lambda", () -> new DualSvmLearner.Penalty.Fixed(r.lambda()));
        boolean penalised = penalisedBias(m, at, loss, true);
        if (!penalised && !formulation.freeBias()) {
            throw src.error(at + "/bias", formulation.label() + " is solved with a penalised bias (LIBLINEAR's -B 1); remove bias: unpenalised "
                    + "or name an optimizer");
        }
        BiasPenalty bias = penalised ? BiasPenalty.PENALIZED : BiasPenalty.UNPENALIZED;
        int maxIterations = iterationLimit(m, at, formulation.defaultMaxIterations(bias));
        String summary = "linear, loss " + loss + ", " + (penalty instanceof DualSvmLearner.Penalty.Fixed f ? "l2 " + f.lambda()
                : "l2 lambda 1/n_train (C = 1)") + ", bias " + (penalised ? "penalised" : "unpenalised") + ", dual-cd ("
                + formulation.label() + (formulation.binary() ? ", one-vs-rest for K > 2" : "") + ") to tolerance " + tolerance + " on the dual violation, at most " + maxIterations + " passes";
        return Optional.of(new ModelSpec(m.name(), at, summary, numClasses -> new DualSvmLearner(formulation,
                LossCatalog.coding(loss, numClasses), penalty, bias, tolerance, maxIterations), false));
    }

    /** An exact solver's iteration limit: {@code max-iterations}, or {@code epochs} (its other name), else {@code fallback}. */
    private int iterationLimit(ModelConfig m, String at, int fallback) {
        if (m.epochs() != null && m.maxIterations() != null) {
            throw src.error(at + "/epochs", "give one of epochs and max-iterations: both are the solver's iteration limit");
        }
        int limit = m.maxIterations() != null ? m.maxIterations() : m.epochs() != null ? m.epochs() : fallback;
        if (limit < 1) {
            String key = m.maxIterations() != null ? "max-iterations" : "epochs";
            throw src.error(at + "/" + key, key + " must be an integer >= 1, got " + limit);
        }
        return limit;
    }

    /** The keys only model linear takes. */
    static Map<String, Object> keys(ModelConfig m) {
        return ConfigChecks.keys("max-iterations", m.maxIterations(), "bias", m.bias());
    }
}
