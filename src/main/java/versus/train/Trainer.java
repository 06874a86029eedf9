package versus.train;

import java.util.random.RandomGenerator;
import versus.data.Dataset;
import versus.objective.Objective;
import versus.optim.Optimizer;
import versus.optim.OptimizerSpec;

/**
 * Mini-batch training: each epoch shuffles the training rows (Fisher-Yates with the given
 * generator) and, per batch, computes the objective's gradient and lets the optimizer step.
 * Records {@code train-loss} (the mean of the batch objectives seen during the epoch) and, with
 * early stopping, {@code validation-loss} and {@code validation-error} after every epoch.
 * With a constraint the parameters are projected after every step; with averaging the returned
 * parameters are the mean of the iterates after every step from epoch {@code averageFrom} on
 * (Polyak-Ruppert averaging; Bottou 2012 for its use with SGD on linear SVMs). A non-finite
 * objective stops training with {@link DivergedException}.
 */
public final class Trainer {
    private final TrainerSpec spec;

    public Trainer(TrainerSpec spec) {
        this.spec = spec;
    }

    public void train(Objective objective, OptimizerSpec optimizerSpec, Dataset data, RandomGenerator rng, History history) {
        double[] params = objective.model().parameters();
        Optimizer optimizer = optimizerSpec.create(params.length);
        double[] grad = new double[params.length];
        int[][] parts = partition(data, rng);
        int[] order = parts[0];
        int[] validation = parts[1];
        int n = order.length;
        int batch = Math.min(spec.batchSize(), n);

        versus.model.Model model = objective.model();
        double[] average = spec.averageFrom() > 0 ? new double[params.length] : null;
        long averaged = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        double[] best = null;
        int sinceBest = 0;
        for (int epoch = 1; epoch <= spec.epochs(); epoch++) {
            if (spec.shuffle()) {
                shuffle(order, rng);
            }
            double sum = 0;
            int batches = 0;
            for (int from = 0; from < n; from += batch) {
                int to = Math.min(n, from + batch);
                double value = objective.valueAndGradient(data, order, from, to, grad);
                if (!Double.isFinite(value)) {
                    throw new DivergedException(epoch, value);
                }
                optimizer.step(params, grad);
                if (spec.constraint().isPresent()) {
                    spec.constraint().get().project(model);
                }
                if (average != null && epoch >= spec.averageFrom()) {
                    averaged++;
                    double inv = 1.0 / averaged;
                    for (int i = 0; i < params.length; i++) {
                        average[i] += (params[i] - average[i]) * inv; // running mean, no overflow
                    }
                }
                sum += value;
                batches++;
            }
            history.add(epoch, "train-loss", sum / batches);
            if (spec.traceObjective()) {
                history.add(epoch, "objective", objective.value(data, order, 0, n));
            }
            if (validation.length == 0) {
                continue;
            }
            double[] lossAndError = objective.meanLossAndError(data, validation, 0, validation.length);
            history.add(epoch, "validation-loss", lossAndError[0]);
            history.add(epoch, "validation-error", lossAndError[1]);
            if (!Double.isFinite(lossAndError[0])) {
                throw new DivergedException(epoch, lossAndError[0]);
            }
            if (lossAndError[0] < bestLoss) {
                bestLoss = lossAndError[0];
                best = params.clone();
                sinceBest = 0;
            } else if (++sinceBest >= spec.earlyStopping().orElseThrow().patience()) {
                history.note("early stop after epoch " + epoch + " (best validation loss " + bestLoss + ")");
                break;
            }
        }
        if (best != null && spec.earlyStopping().orElseThrow().restoreBest()) {
            System.arraycopy(best, 0, params, 0, params.length);
        } else if (average != null && averaged > 0) {
            System.arraycopy(average, 0, params, 0, params.length);
        }
    }

    /** {training rows, validation rows}; the validation part is a stratified random fraction. */
    private int[][] partition(Dataset data, RandomGenerator rng) {
        int n = data.rows();
        if (spec.earlyStopping().isEmpty()) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return new int[][] {all, new int[0]};
        }
        double fraction = spec.earlyStopping().get().validationFraction();
        int k = data.numClasses();
        int[][] byClass = new int[k][];
        int[] counts = data.classCounts();
        for (int c = 0; c < k; c++) {
            byClass[c] = new int[counts[c]];
        }
        int[] fill = new int[k];
        for (int i = 0; i < n; i++) {
            int c = data.label(i);
            byClass[c][fill[c]++] = i;
        }
        int[] train = new int[n];
        int[] val = new int[n];
        int nt = 0;
        int nv = 0;
        for (int c = 0; c < k; c++) {
            shuffle(byClass[c], rng);
            int take = (int) Math.round(fraction * counts[c]);
            if (counts[c] > 1) {
                take = Math.max(1, Math.min(counts[c] - 1, take));
            }
            for (int i = 0; i < counts[c]; i++) {
                if (i < take) {
                    val[nv++] = byClass[c][i];
                } else {
                    train[nt++] = byClass[c][i];
                }
            }
        }
        java.util.Arrays.sort(train, 0, nt);
        java.util.Arrays.sort(val, 0, nv);
        return new int[][] {java.util.Arrays.copyOf(train, nt), java.util.Arrays.copyOf(val, nv)};
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
}
