package versus.train;

import java.util.Optional;
import java.util.random.RandomGenerator;
import versus.data.Dataset;
import versus.model.LayeredModel;
import versus.model.Model;
import versus.objective.TrainingObjective;
import versus.optim.Optimizer;
import versus.optim.OptimizerSpec;

/**
 * Mini-batch training: each epoch takes the objective's units (rows, or sampled pairs), shuffles
 * them (Fisher-Yates with the given generator) and, per batch, computes the objective's
 * gradient, clips it if asked, and lets the optimizer step; a constraint, if any, is projected
 * after every step. The model is in training mode ({@link Model#setTraining}: dropout, input
 * noise, batch statistics, drawing from the given generator) for the gradient steps only, and in
 * evaluation mode for everything measured and when training ends.
 *
 * <p>Records per epoch {@code train-loss} (the mean of the batch objectives seen during the
 * epoch), with {@code traceObjective} the exact {@code objective} after the epoch, with early
 * stopping {@code validation-loss} and {@code validation-error} (unless the objective has no
 * error rate, as reconstruction), with clipping
 * {@code clipped-steps} (how many of the epoch's steps were clipped), {@code elapsed-seconds}
 * (wall-clock seconds of the gradient steps so far, without the per-epoch measurements, so that
 * optimizers compare per second of training; a timing, excluded from determinism checks), and for a
 * {@link LayeredModel} {@code grad-norm-layer-1} .. {@code grad-norm-layer-L}, the mean over the
 * epoch's steps of each layer's weight-gradient norm before clipping (penalty included): the
 * vanishing / exploding gradient trace. Iterate averaging and early stopping decide which
 * parameters are returned (the best epoch's win over the average, with its batch-norm running
 * statistics); with averaging the running statistics stay those of the last step. A non-finite
 * objective stops training with {@link DivergedException}. When the history carries a {@link ParameterTrajectory}
 * the parameters are offered to it before training and after every epoch, and the returned ones
 * at the end; recording draws no random numbers, so it changes no result.
 *
 * <p>A {@link Budget} in the spec ends training after exactly its number of per-unit gradient
 * evaluations (the last batch is cut short to land on it) or, checked after every step, when its
 * wall-clock time has run out; the epoch in progress is then recorded as a partial epoch.
 * {@link #train} returns what was used.
 *
 * <p>With a {@link TrainerSpec.Stagnation} rule training ends once the training loss has stopped
 * falling (scikit-learn's MLPClassifier rule); with it or early stopping, the returned usage says
 * whether the rule ended training ({@link Convergence}) or the epoch limit or budget came first.
 */
public final class Trainer {
    private final TrainerSpec spec;

    public Trainer(TrainerSpec spec) {
        this.spec = spec;
    }

    /**
     * What a training run used: {@code epochsRun} passes over the training units (fractional when
     * a budget ended the last one early) and {@code gradientEvaluations} per-unit gradients, and,
     * when a stopping rule was active, whether training met it.
     */
    public record Usage(double epochsRun, long gradientEvaluations, Optional<Convergence> convergence) {
        public Usage {
            java.util.Objects.requireNonNull(convergence, "convergence");
        }

        /** A run without a stopping rule (fixed epochs, budget). */
        public Usage(double epochsRun, long gradientEvaluations) {
            this(epochsRun, gradientEvaluations, Optional.empty());
        }
    }

    /**
     * Whether a run with a stopping rule (stagnation or early stopping) ended on it
     * ({@code converged}) rather than on its epoch limit or budget, and the relative change
     * |L_T - L_{T-1}| / |L_{T-1}| over its last epoch of the training loss the stagnation rule sees
     * (the row-weighted mean of the epoch's batch objectives; NaN after one epoch).
     * Written as {@code converged} (1 or 0) and {@code final-relative-change} in folds.csv.
     */
    public record Convergence(boolean converged, double finalRelativeChange) {
    }

    public Usage train(TrainingObjective objective, OptimizerSpec optimizerSpec, Dataset data, RandomGenerator rng, History history) {
        try {
            return run(objective, optimizerSpec, data, rng, history);
        } finally {
            objective.model().setTraining(false, rng);
        }
    }

    private Usage run(TrainingObjective objective, OptimizerSpec optimizerSpec, Dataset data, RandomGenerator rng, History history) {
        Model model = objective.model();
        double[] params = model.parameters();
        Optimizer optimizer = optimizerSpec.create(params.length);
        double[] grad = new double[params.length];
        int[][] parts = ValidationSplit.of(data, spec.earlyStopping().map(TrainerSpec.EarlyStopping::validationFraction).orElse(0.0), rng);
        int[] rows = parts[0];
        int[] validation = parts[1];
        IterateAverage average = spec.averageFrom() > 0 ? new IterateAverage(params.length) : null;
        EarlyStopper stopper = spec.earlyStopping().map(e -> new EarlyStopper(e.patience())).orElse(null);
        StagnationRule stagnation = spec.stagnation().map(StagnationRule::new).orElse(null);
        boolean stoppedOnRule = false;
        double previousLoss = Double.NaN;
        double lastLoss = Double.NaN;
        Clipping clipping = spec.clipping().orElse(null);
        LayerNorms layerNorms = model instanceof LayeredModel layered ? new LayerNorms(layered) : null;
        ParameterTrajectory trajectory = history.trajectory().orElse(null);
        if (trajectory != null) {
            trajectory.offer(0, params);
        }
        long trainingNanos = 0;
        BudgetLimits limits = BudgetLimits.start(spec.budget());
        long maxEvaluations = limits.maxEvaluations();
        long evaluations = 0;
        double epochsRun = 0;
        boolean exhausted = false;

        for (int epoch = 1; epoch <= spec.epochs() && !exhausted; epoch++) {
            int[] units = objective.epochUnits(data, rows, rng);
            if (spec.shuffle()) {
                shuffle(units, rng);
            }
            int n = units.length;
            int batch = Math.min(spec.batchSize(), n);
            double sum = 0;
            double rowWeighted = 0; // sum of batch value x batch rows: scikit-learn's epoch loss, for the stagnation rule
            int batches = 0;
            int clipped = 0;
            long epochStart = System.nanoTime();
            model.setTraining(true, rng);
            int done = 0;
            for (int from = 0; from < n; from += batch) {
                int to = (int) Math.min(Math.min(n, from + batch), from + (maxEvaluations - evaluations));
                double value = objective.valueAndGradient(data, units, from, to, grad);
                if (!Double.isFinite(value)) {
                    throw new DivergedException(epoch, value);
                }
                if (layerNorms != null) {
                    layerNorms.add(grad);
                }
                if (clipping != null && clipping.clip(grad)) {
                    clipped++;
                }
                optimizer.step(params, grad);
                spec.constraint().ifPresent(c -> c.project(model));
                if (average != null && epoch >= spec.averageFrom()) {
                    average.add(params);
                }
                sum += value;
                rowWeighted += value * (to - from);
                batches++;
                evaluations += to - from;
                done = to;
                if (evaluations >= maxEvaluations || limits.timeUp()) {
                    exhausted = true;
                    break;
                }
            }
            epochsRun += done == n ? 1 : done / (double) n;
            model.setTraining(false, rng);
            trainingNanos += System.nanoTime() - epochStart;
            previousLoss = lastLoss;
            lastLoss = rowWeighted / done;
            history.add(epoch, "train-loss", sum / batches);
            history.add(epoch, "elapsed-seconds", trainingNanos / 1e9);
            if (trajectory != null) {
                trajectory.offer(epoch, params);
            }
            if (clipping != null) {
                history.add(epoch, "clipped-steps", clipped);
            }
            if (layerNorms != null) {
                layerNorms.record(epoch, batches, history);
            }
            if (spec.traceObjective()) {
                history.add(epoch, "objective", objective.value(data, rows));
            }
            if (stopper != null && stopper.afterEpoch(epoch, objective, data, validation, history)) {
                stoppedOnRule = true;
                break;
            }
            if (stagnation != null && !exhausted && stagnation.stalled(lastLoss)) {
                history.note("training loss stagnated: stopped after epoch " + epoch + " (no improvement of "
                        + spec.stagnation().orElseThrow().tolerance() + " for " + stagnation.count() + " epochs; best " + stagnation.best() + ")");
                stoppedOnRule = true;
                break;
            }
        }
        Optional<Convergence> convergence = stopper == null && stagnation == null ? Optional.empty()
                : Optional.of(new Convergence(stoppedOnRule, Math.abs(lastLoss - previousLoss) / Math.abs(previousLoss)));
        if (convergence.isPresent() && !stoppedOnRule) {
            history.note("not converged: the stopping rule was not met in " + (int) Math.ceil(epochsRun) + " epochs");
        }
        if (exhausted) {
            history.note(spec.budget().map(b -> "budget of " + b.amount()).orElse("budget") + " spent in epoch " + (int) Math.ceil(epochsRun));
        }
        boolean restored = stopper != null && spec.earlyStopping().orElseThrow().restoreBest() && stopper.restoreBest(model);
        if (!restored && average != null && average.count() > 0) {
            System.arraycopy(average.mean(), 0, params, 0, params.length);
        }
        if (trajectory != null) {
            trajectory.finish(params);
        }
        return new Usage(epochsRun, evaluations, convergence);
    }

    /** Fisher-Yates shuffle of the whole array. */
    public static void shuffle(int[] a, RandomGenerator rng) {
        versus.math.Permutations.shuffle(a, a.length, rng);
    }

    /** Per-layer weight-gradient norms summed over an epoch's steps. */
    private static final class LayerNorms {
        private final LayeredModel model;
        private final double[] step;
        private final double[] sum;

        LayerNorms(LayeredModel model) {
            this.model = model;
            step = new double[model.layers()];
            sum = new double[model.layers()];
        }

        void add(double[] grad) {
            model.layerGradientNorms(grad, step);
            for (int l = 0; l < sum.length; l++) {
                sum[l] += step[l];
            }
        }

        /** Records the epoch's means {@code grad-norm-layer-1..L} and starts the next epoch. */
        void record(int epoch, int steps, History history) {
            for (int l = 0; l < sum.length; l++) {
                history.add(epoch, "grad-norm-layer-" + (l + 1), sum[l] / steps);
            }
            java.util.Arrays.fill(sum, 0.0);
        }
    }

    /** Running mean of parameter vectors (no sum kept, so no overflow). */
    private static final class IterateAverage {
        private final double[] mean;
        private long count;

        IterateAverage(int n) {
            mean = new double[n];
        }

        void add(double[] params) {
            count++;
            double inv = 1.0 / count;
            for (int i = 0; i < mean.length; i++) {
                mean[i] += (params[i] - mean[i]) * inv;
            }
        }

        long count() { return count; }
        double[] mean() { return mean; }
    }

    /** scikit-learn's no-improvement count on the training loss (see {@link TrainerSpec.Stagnation}). */
    private static final class StagnationRule {
        private final double tolerance;
        private final int patience;
        private double best = Double.POSITIVE_INFINITY;
        private int count;

        StagnationRule(TrainerSpec.Stagnation s) {
            tolerance = s.tolerance();
            patience = s.patience();
        }

        /** Counts the epoch's loss and says whether more than {@code patience} epochs in a row failed to improve. */
        boolean stalled(double loss) {
            count = loss > best - tolerance ? count + 1 : 0;
            if (loss < best) {
                best = loss;
            }
            return count > patience;
        }

        int count() { return count; }
        double best() { return best; }
    }

    /**
     * Tracks the best validation loss with its parameters and model state (batch-norm running
     * statistics); says stop after {@code patience} epochs without improvement.
     */
    static final class EarlyStopper {
        private final int patience;
        private double bestLoss = Double.POSITIVE_INFINITY;
        private double[] best;
        private double[] bestState;
        private int sinceBest;

        EarlyStopper(int patience) {
            this.patience = patience;
        }

        /**
         * Records the epoch's {@code validation-loss} and {@code validation-error} (unless the
         * objective has none: NaN, as reconstruction), stops a diverged run, and says whether to
         * stop, with a note when it does.
         */
        boolean afterEpoch(int epoch, TrainingObjective objective, Dataset data, int[] validation, History history) {
            double[] lossAndError = objective.lossAndError(data, validation);
            history.add(epoch, "validation-loss", lossAndError[0]);
            if (!Double.isNaN(lossAndError[1])) {
                history.add(epoch, "validation-error", lossAndError[1]);
            }
            if (!Double.isFinite(lossAndError[0])) {
                throw new DivergedException(epoch, lossAndError[0]);
            }
            if (shouldStop(lossAndError[0], objective.model())) {
                history.note("early stop after epoch " + epoch + " (best validation loss " + bestLoss + ")");
                return true;
            }
            return false;
        }

        boolean shouldStop(double loss, Model model) {
            if (loss < bestLoss) {
                bestLoss = loss;
                best = model.parameters().clone();
                bestState = model.state();
                sinceBest = 0;
                return false;
            }
            return ++sinceBest >= patience;
        }

        double bestLoss() { return bestLoss; }

        /** Puts the best epoch's parameters and state back into the model; false when no epoch was measured. */
        boolean restoreBest(Model model) {
            if (best == null) {
                return false;
            }
            System.arraycopy(best, 0, model.parameters(), 0, best.length);
            model.restoreState(bestState);
            return true;
        }
    }
}
