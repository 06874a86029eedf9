package versus.experiment;

import versus.experiment.ExperimentConfig.ModelConfig;
import versus.experiment.ExperimentConfig.OptimizerConfig;
import versus.experiment.ExperimentPlan.ModelSpec;
import versus.structured.BinaryRelevance;
import versus.structured.StructuredSvm;
import versus.structured.StructuredSvmSpec;

/**
 * The multi-label models of the {@code models:} section: {@code model: structured-svm} with its
 * solver keys, and {@code multi-label: binary-relevance} around any single-label model.
 */
final class MultiLabelPlanner {
    private final YamlSource src;
    private final ConfigChecks check;
    private final TrainingPlanner training;
    private final java.util.Optional<versus.train.Budget> budget;

    MultiLabelPlanner(ConfigChecks check, TrainingPlanner training, java.util.Optional<versus.train.Budget> budget) {
        this.check = check;
        this.src = check.source();
        this.training = training;
        this.budget = budget;
    }

    /** {@code multi-label: binary-relevance}: the single-label model trained once per label. */
    ModelSpec binaryRelevance(ModelSpec single, ModelConfig m, String at) {
        if ("structured-svm".equals(m.model())) {
            throw src.error(at + "/multi-label", "model structured-svm is multi-label already; 'multi-label' wraps single-label models");
        }
        if (!m.multiLabel().equals("binary-relevance")) {
            throw src.error(at + "/multi-label", "unknown multi-label method '" + m.multiLabel() + "'; available: binary-relevance");
        }
        if (single.ranker()) {
            throw src.error(at + "/multi-label", "binary relevance needs a classifier, not a pairwise ranker");
        }
        return new ModelSpec(single.name(), at, single.summary() + "; binary relevance (one two-class model per label, each trained as above)",
                k -> new BinaryRelevance(single.learnerFor().apply(2)));
    }

    /**
     * The structured SVM (versus.structured): margin rescaling with Hamming loss, trained by
     * stochastic subgradient steps or the 1-slack cutting plane; keys regularizer (L2 lambda),
     * epochs, label-pairs, solver, and average-from / optimizer pegasos t0 or tolerance.
     */
    ModelSpec structuredSvm(ModelConfig m, String at) {
        String what = "model structured-svm";
        check.onlyFor(at, what, ConfigChecks.keys("loss", m.loss(), "objective", m.objective(),
                "batch-size", m.batchSize(), "shuffle", m.shuffle(), "early-stopping", m.earlyStopping(), "init", m.init(),
                "trace-objective", m.traceObjective(), "clip", m.clip(), "pairs-per-query", m.pairsPerQuery()));
        String rat = at + "/regularizer";
        double lambda = training.l2Lambda(training.regularizer(m.regularizer(), rat), rat, what);
        boolean pairs = m.labelPairs() != null && m.labelPairs();
        String solverName = m.solver() == null ? "subgradient" : m.solver();
        if (budget.isPresent() && m.epochs() != null) {
            throw src.error(at + "/epochs", "model '" + m.name() + "' sets epochs and the experiment sets a budget ("
                    + budget.get().amount() + "); remove one: the budget trains every native model equally");
        }
        boolean stepBudget = budget.isPresent() && !(budget.get() instanceof versus.train.Budget.Epochs);
        if (stepBudget && m.averageFrom() != null) {
            throw src.error(at + "/average-from", "average-from counts epochs, which a budget of " + budget.get().amount()
                    + " does not fix; the structured SVM then averages the second half of its steps");
        }
        Integer budgetEpochs = budget.orElse(null) instanceof versus.train.Budget.Epochs e ? e.epochs() : null;
        StructuredSvmSpec.Solver solver;
        int epochs;
        String how;
        switch (solverName) {
            case "subgradient" -> {
                check.onlyFor(at, "solver subgradient (tolerance is for solver cutting-plane)", ConfigChecks.keys("tolerance", m.tolerance()));
                epochs = budgetEpochs != null ? budgetEpochs : m.epochs() == null ? 30 : m.epochs();
                int from = m.averageFrom() == null ? StructuredSvmSpec.defaultAverageFrom(Math.max(1, epochs)) : m.averageFrom();
                double t0 = pegasosT0(m.optimizer(), at + "/optimizer", StructuredSvmSpec.defaultT0(lambda));
                solver = check.parse(at, () -> new StructuredSvmSpec.Subgradient(from, t0));
                how = (stepBudget ? "budget " + budget.get().amount() + " of stochastic subgradient steps (rate 1/(lambda (t + " + t0
                        + "))), the second half averaged" : epochs + " epochs of stochastic subgradient (rate 1/(lambda (t + " + t0
                        + "))), averaged from epoch " + from);
            }
            case "cutting-plane" -> {
                check.onlyFor(at, "solver cutting-plane (it solves a dual QP; no steps to average)", ConfigChecks.keys(
                        "average-from", m.averageFrom(), "optimizer", m.optimizer()));
                epochs = budgetEpochs != null ? budgetEpochs : m.epochs() == null ? 200 : m.epochs();
                double tolerance = m.tolerance() == null ? 1e-3 : m.tolerance();
                solver = check.parse(at + "/tolerance", () -> new StructuredSvmSpec.CuttingPlane(tolerance));
                how = "1-slack cutting plane (tolerance " + tolerance + ", " + (stepBudget ? "budget " + budget.get().amount()
                        + ", n per iteration" : "at most " + epochs + " iterations") + ", bias penalised)";
            }
            default -> throw src.error(at + "/solver", "unknown solver '" + solverName + "'; available: subgradient, cutting-plane");
        }
        int passes = epochs;
        StructuredSvmSpec.Solver chosen = solver;
        StructuredSvmSpec spec = check.parse(at, () -> new StructuredSvmSpec(lambda, passes, pairs, chosen));
        return new ModelSpec(m.name(), at, "structured SVM, Hamming loss, margin rescaling, " + (pairs ? "unary + pairwise label terms"
                : "unary terms only") + ", L2 lambda " + lambda + ", " + how, k -> new StructuredSvm(spec, budget));
    }

    /** The step offset of {@code optimizer: {kind: pegasos, t0}}, the only optimizer of the subgradient solver. */
    private double pegasosT0(OptimizerConfig o, String oat, double defaultT0) {
        if (o == null) {
            return defaultT0;
        }
        if (!"pegasos".equals(o.kind())) {
            throw src.error(oat, "model structured-svm takes stochastic subgradient steps 1/(lambda (t + t0)); its only optimizer "
                    + "is {kind: pegasos, t0: ...}");
        }
        check.onlyFor(oat, "model structured-svm (optimizer pegasos takes only t0)", ConfigChecks.keys("learning-rate",
                o.learningRate(), "schedule", o.schedule(), "momentum", o.momentum(), "beta1", o.beta1(), "beta2", o.beta2(),
                "epsilon", o.epsilon(), "rho", o.rho(), "projection", o.projection(), "memory", o.memory(),
                "tolerance", o.tolerance()));
        return o.t0() == null ? defaultT0 : o.t0();
    }
}
