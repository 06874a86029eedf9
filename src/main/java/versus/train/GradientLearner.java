package versus.train;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import versus.data.Dataset;
import versus.loss.MulticlassLoss;
import versus.model.Classifier;
import versus.model.Initializer;
import versus.model.Model;
import versus.model.ModelClassifier;
import versus.objective.Objective;
import versus.objective.PairwiseObjective;
import versus.objective.Regularizer;
import versus.objective.TrainingObjective;
import versus.optim.Minimizer;

/**
 * A model trained by minimising loss + regularizer with a first-order optimizer ({@link Trainer})
 * or full-batch L-BFGS ({@link LbfgsTrainer}): the composition behind logistic and softmax
 * regression, linear SVMs and MLPs. Its diagnostics add what training used: {@code epochs-run}
 * and {@code gradient-evaluations}; with L-BFGS, which stops on a tolerance, also {@code converged}
 * (1 or 0), {@code final-gradient-norm} (max_i |g_i| / max(1, |J|) at the end), {@code tolerance}
 * and {@code iterations}; with a first-order optimizer and a stopping rule (training-loss
 * stagnation or early stopping), {@code converged} (1 when training ended on the rule, 0 when the
 * epoch limit came first) and {@code final-relative-change} (of the training loss over the last
 * epoch), and {@code tolerance} for the stagnation rule.
 *
 * @param architecture makes a fresh model for (input dimension, number of outputs)
 * @param objective    combines model, loss and penalty into what the trainer minimises
 *                     ({@link Objective} over rows, or a pairwise ranking objective)
 * @param cost         when present, LIBLINEAR's cost C: the L2 penalty's lambda is 1 / (C n) for the
 *                     n training rows of each fit, so that J = (1 / (C n)) (||w||^2 / 2 + C sum_i loss_i)
 *                     is LIBLINEAR's primal objective divided by C n ({@code regularizer} is then
 *                     only the form, L2, and its lambda is replaced)
 */
public record GradientLearner(
        BiFunction<Integer, Integer, Model> architecture,
        MulticlassLoss loss,
        Regularizer regularizer,
        Initializer initializer,
        Minimizer optimizer,
        TrainerSpec trainer,
        ObjectiveFactory objective,
        java.util.OptionalDouble cost) implements Learner {

    public GradientLearner {
        if (cost.isPresent() && !(cost.getAsDouble() > 0 && Double.isFinite(cost.getAsDouble()))) {
            throw new IllegalArgumentException("the cost C must be a finite number > 0, got " + cost.getAsDouble());
        }
    }

    /** With a fixed regularizer. */
    public GradientLearner(BiFunction<Integer, Integer, Model> architecture, MulticlassLoss loss, Regularizer regularizer,
                           Initializer initializer, Minimizer optimizer, TrainerSpec trainer, ObjectiveFactory objective) {
        this(architecture, loss, regularizer, initializer, optimizer, trainer, objective, java.util.OptionalDouble.empty());
    }

    /** Builds the training objective of a fresh model, and says what the model must look like. */
    @FunctionalInterface
    public interface ObjectiveFactory {
        TrainingObjective create(Model model, MulticlassLoss loss, Regularizer regularizer);

        /** Outputs the model needs for {@code numClasses} classes (checks the coding can train on them). */
        default int numOutputs(MulticlassLoss loss, int numClasses) {
            loss.checkClasses(numClasses);
            return loss.numOutputs(numClasses);
        }

        /** Numbers about the trained model (margin analytics for pointwise binary margin models). */
        default Map<String, Double> diagnostics(Model model, MulticlassLoss loss, Dataset train) {
            return MarginAnalytics.of(model, loss, train);
        }
    }

    /**
     * The pairwise ranking objective (Joachims 2002) over {@code pairsPerQuery} sampled pairs per
     * query and epoch: one score per row, no classification diagnostics.
     */
    public static ObjectiveFactory pairwise(int pairsPerQuery) {
        PairwiseObjective.Factory f = PairwiseObjective.factory(pairsPerQuery);
        return new ObjectiveFactory() {
            @Override
            public TrainingObjective create(Model model, MulticlassLoss loss, Regularizer regularizer) {
                return f.create(model, loss, regularizer);
            }

            @Override
            public int numOutputs(MulticlassLoss loss, int numClasses) {
                return f.numOutputs(loss, numClasses);
            }

            @Override
            public Map<String, Double> diagnostics(Model model, MulticlassLoss loss, Dataset train) {
                return Map.of();
            }
        };
    }

    /** The pointwise objective: mean loss over rows plus penalty. */
    public GradientLearner(BiFunction<Integer, Integer, Model> architecture, MulticlassLoss loss, Regularizer regularizer,
                           Initializer initializer, Minimizer optimizer, TrainerSpec trainer) {
        this(architecture, loss, regularizer, initializer, optimizer, trainer, Objective::new);
    }

    /** The penalty of a fit on {@code trainingRows} rows: {@code regularizer}, or L2 with lambda 1 / (C n). */
    public Regularizer regularizerFor(int trainingRows) {
        return cost.isPresent() ? Regularizer.ElasticNet.l2(1 / (cost.getAsDouble() * trainingRows)) : regularizer;
    }

    /** The penalty a fit used, from its diagnostics ({@code lambda} is recorded when it depends on the rows). */
    public Regularizer fittedRegularizer(Map<String, Double> diagnostics) {
        Double lambda = diagnostics.get("lambda");
        return cost.isPresent() && lambda != null ? Regularizer.ElasticNet.l2(lambda) : regularizer;
    }

    @Override
    public Classifier fit(Dataset train, RandomGenerator rng, History history) {
        int k = train.numClasses();
        Model model = architecture.apply(train.cols(), objective.numOutputs(loss, k));
        model.initialize(initializer, rng);
        Regularizer penalty = regularizerFor(train.rows());
        TrainingObjective j = objective.create(model, loss, penalty);
        Map<String, Double> convergence = new java.util.LinkedHashMap<>();
        if (cost.isPresent()) {
            convergence.put("lambda", ((Regularizer.ElasticNet) penalty).lambda());
        }
        Trainer.Usage used;
        if (optimizer instanceof versus.optim.FullBatch lbfgs) {
            LbfgsTrainer.Result r = LbfgsTrainer.run(trainer, j, lbfgs, train, rng, history);
            used = r.usage();
            convergence.put("converged", r.converged() ? 1.0 : 0.0);
            convergence.put("final-gradient-norm", r.finalGradientNorm());
            convergence.put("tolerance", lbfgs.tolerance());
            convergence.put("iterations", (double) r.iterations());
        } else {
            used = Training.minimize(trainer, j, optimizer, train, rng, history);
            used.convergence().ifPresent(c -> {
                convergence.put("converged", c.converged() ? 1.0 : 0.0);
                convergence.put("final-relative-change", c.finalRelativeChange());
            });
            trainer.stagnation().ifPresent(st -> convergence.put("tolerance", st.tolerance()));
        }
        if (!versus.math.Vectors.allFinite(model.parameters())) {
            throw new DivergedException((int) Math.ceil(used.epochsRun()), Double.NaN);
        }
        Map<String, Double> diagnostics = new java.util.LinkedHashMap<>(objective.diagnostics(model, loss, train));
        diagnostics.put("epochs-run", used.epochsRun());
        diagnostics.put("gradient-evaluations", (double) used.gradientEvaluations());
        diagnostics.putAll(convergence);
        return new ModelClassifier(model, loss, k, diagnostics);
    }
}
