package versus.objective;

import versus.data.Dataset;
import versus.loss.MulticlassLoss;
import versus.model.Model;

/**
 * The empirical risk {@code J(w) = (1/|B|) sum_{i in B} L(s(x_i; w), y_i) + R(w)} over a batch B
 * of rows, and its gradient: the training loop's five calls (scores, loss, addGradient,
 * regularizer; the optimizer steps outside). Owns scratch buffers, so one instance per thread.
 */
public final class Objective implements TrainingObjective {
    private final Model model;
    private final MulticlassLoss loss;
    private final Regularizer regularizer;
    private final double[] scores;
    private final double[] dScores;
    /** Row-major scores and score gradients of the current batch; grown once to the largest batch. */
    private double[] batchScores = new double[0];
    private double[] batchDScores = new double[0];

    public Objective(Model model, MulticlassLoss loss, Regularizer regularizer) {
        this.model = model;
        this.loss = loss;
        this.regularizer = regularizer;
        this.scores = new double[model.numOutputs()];
        this.dScores = new double[model.numOutputs()];
    }

    @Override public Model model() { return model; }
    public MulticlassLoss loss() { return loss; }
    @Override public Regularizer regularizer() { return regularizer; }

    /** Pointwise: the units are the rows themselves. */
    @Override
    public int[] epochUnits(Dataset data, int[] rows, java.util.random.RandomGenerator rng) {
        return rows;
    }

    @Override
    public double[] lossAndError(Dataset data, int[] rows) {
        return meanLossAndError(data, rows, 0, rows.length);
    }

    /**
     * Overwrites {@code grad} with the gradient of J over rows {@code order[from..to-1]} of
     * {@code data} and returns J.
     */
    @Override
    public double valueAndGradient(Dataset data, int[] order, int from, int to, double[] grad) {
        java.util.Arrays.fill(grad, 0);
        double[] x = data.features();
        int[] y = data.labels();
        int cols = data.cols();
        int k = scores.length;
        int count = to - from;
        if (batchScores.length < count * k) {
            batchScores = new double[count * k];
            batchDScores = new double[count * k];
        }
        model.scoresBatch(x, cols, order, from, to, batchScores);
        double total = 0;
        for (int p = 0; p < count; p++) {
            System.arraycopy(batchScores, p * k, scores, 0, k);
            total += loss.valueAndGradient(scores, y[order[from + p]], dScores);
            System.arraycopy(dScores, 0, batchDScores, p * k, k);
        }
        model.addGradientBatch(x, cols, order, from, to, batchDScores, grad);
        double inv = 1.0 / count;
        for (int i = 0; i < grad.length; i++) {
            grad[i] *= inv;
        }
        return total * inv + regularizer.addGradient(model, grad);
    }

    /** Mean loss (no penalty) and error rate over rows {@code order[from..to-1]}: {mean loss, error}. */
    public double[] meanLossAndError(Dataset data, int[] order, int from, int to) {
        double[] x = data.features();
        int[] y = data.labels();
        int cols = data.cols();
        int k = data.numClasses();
        double total = 0;
        int wrong = 0;
        for (int p = from; p < to; p++) {
            int row = order[p];
            model.scores(x, row * cols, scores);
            total += loss.valueAndGradient(scores, y[row], dScores);
            if (loss.decide(scores, k) != y[row]) {
                wrong++;
            }
        }
        int count = to - from;
        return new double[] {total / count, (double) wrong / count};
    }

    /** J over all rows of {@code data} (loss mean plus penalty), without a gradient. */
    public double value(Dataset data) {
        int n = data.rows();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return value(data, all);
    }


}
