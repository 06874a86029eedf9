package versus.train;

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
 * {@code clipped-steps} (how many of the epoch's steps were clipped), and for a
 * {@link LayeredModel} {@code grad-norm-layer-1} .. {@code grad-norm-layer-L}, the mean over the
 * epoch's steps of each layer's weight-gradient norm before clipping (penalty included): the
 * vanishing / exploding gradient trace. Iterate averaging and early stopping decide which
 * parameters are returned (the best epoch's win over the average); batch-norm running statistics
 * are state, not parameters, and stay those of the last step. A non-finite objective stops
 * training with {@link DivergedException}.
 */
public final class Trainer {
    private final TrainerSpec spec;

    public Trainer(TrainerSpec spec) {
        this.spec = spec;
    }

    public void train(TrainingObjective objective, OptimizerSpec optimizerSpec, Dataset data, RandomGenerator rng, History history) {
        try {
            run(objective, optimizerSpec, data, rng, history);
        } finally {
            objective.model().setTraining(false, rng);
        }
    }

    private void run(TrainingObjective objective, OptimizerSpec optimizerSpec, Dataset data, RandomGenerator rng, History history) {
        Model model = objective.model();
        double[] params = model.parameters();
        Optimizer optimizer = optimizerSpec.create(params.length);
        double[] grad = new double[params.length];
        int[][] parts = ValidationSplit.of(data, spec.earlyStopping().map(TrainerSpec.EarlyStopping::validationFraction).orElse(0.0), rng);
        int[] rows = parts[0];
        int[] validation = parts[1];
        IterateAverage average = spec.averageFrom() > 0 ? new IterateAverage(params.length) : null;
        EarlyStopper stopper = spec.earlyStopping().map(e -> new EarlyStopper(e.patience())).orElse(null);
        Clipping clipping = spec.clipping().orElse(null);
        LayerNorms layerNorms = model instanceof LayeredModel layered ? new LayerNorms(layered) : null;

        for (int epoch = 1; epoch <= spec.epochs(); epoch++) {
            int[] units = objective.epochUnits(data, rows, rng);
            if (spec.shuffle()) {
                shuffle(units, rng);
            }
            int n = units.length;
            int batch = Math.min(spec.batchSize(), n);
            double sum = 0;
            int batches = 0;
            int clipped = 0;
            model.setTraining(true, rng);
            for (int from = 0; from < n; from += batch) {
                int to = Math.min(n, from + batch);
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
                batches++;
            }
            model.setTraining(false, rng);
            history.add(epoch, "train-loss", sum / batches);
            if (clipping != null) {
                history.add(epoch, "clipped-steps", clipped);
            }
            if (layerNorms != null) {
                layerNorms.record(epoch, batches, history);
            }
            if (spec.traceObjective()) {
                history.add(epoch, "objective", objective.value(data, rows));
            }
            if (stopper != null) {
                double[] lossAndError = objective.lossAndError(data, validation);
                history.add(epoch, "validation-loss", lossAndError[0]);
                if (!Double.isNaN(lossAndError[1])) { // NaN: the objective has no error rate (reconstruction)
                    history.add(epoch, "validation-error", lossAndError[1]);
                }
                if (!Double.isFinite(lossAndError[0])) {
                    throw new DivergedException(epoch, lossAndError[0]);
                }
                if (stopper.shouldStop(lossAndError[0], params)) {
                    history.note("early stop after epoch " + epoch + " (best validation loss " + stopper.bestLoss() + ")");
                    break;
                }
            }
        }
        if (stopper != null && spec.earlyStopping().orElseThrow().restoreBest() && stopper.best() != null) {
            System.arraycopy(stopper.best(), 0, params, 0, params.length);
        } else if (average != null && average.count() > 0) {
            System.arraycopy(average.mean(), 0, params, 0, params.length);
        }
    }

    /** Fisher-Yates shuffle of the whole array. */
    public static void shuffle(int[] a, RandomGenerator rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
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

    /** Tracks the best validation loss and its parameters; says stop after {@code patience} epochs without improvement. */
    private static final class EarlyStopper {
        private final int patience;
        private double bestLoss = Double.POSITIVE_INFINITY;
        private double[] best;
        private int sinceBest;

        EarlyStopper(int patience) {
            this.patience = patience;
        }

        boolean shouldStop(double loss, double[] params) {
            if (loss < bestLoss) {
                bestLoss = loss;
                best = params.clone();
                sinceBest = 0;
                return false;
            }
            return ++sinceBest >= patience;
        }

        double bestLoss() { return bestLoss; }
        double[] best() { return best; }
    }
}
