package versus.objective;

import versus.data.Dataset;
import versus.model.Model;

/**
 * The autoencoder objective: a model with as many outputs as inputs trained to reproduce its
 * input row, {@code J(w) = (1/|B|) sum_{i in B} (1/d) ||s(x_i; w) - x_i||^2 + R(w)} (identity
 * output, squared error averaged over the d entries; Rumelhart, Hinton and Williams 1986;
 * Hinton and Salakhutdinov 2006). The target is always the clean row: when the model corrupts its
 * input in training mode (input noise), this is the denoising autoencoder of Vincent et al.
 * (2008). Class labels are not used. Owns scratch buffers, so one instance per training run.
 */
public final class ReconstructionObjective implements TrainingObjective {
    private final Model model;
    private final Regularizer regularizer;
    private final int width;
    private final double[] scores;
    /** Row-major outputs and output gradients of the current batch; grown once to the largest batch. */
    private double[] batchScores = new double[0];

    public ReconstructionObjective(Model model, Regularizer regularizer) {
        if (model.numOutputs() != model.inputDimension()) {
            throw new IllegalArgumentException("an autoencoder reproduces its input: it needs as many outputs as inputs, got "
                    + model.inputDimension() + " -> " + model.numOutputs());
        }
        this.model = model;
        this.regularizer = regularizer;
        this.width = model.inputDimension();
        this.scores = new double[width];
    }

    @Override public Model model() { return model; }
    @Override public Regularizer regularizer() { return regularizer; }

    /** Pointwise: the units are the rows themselves. */
    @Override
    public int[] epochUnits(Dataset data, int[] rows, java.util.random.RandomGenerator rng) {
        return rows;
    }

    /**
     * The reconstruction loss of one row, {@code l = (1/d) sum_j (s_j - x_j)^2}, with
     * {@code dl/ds_j = 2 (s_j - x_j) / d} written into {@code dScores[dOff ..]} (which may be
     * {@code scores} itself at the same offset: each entry is read before it is written).
     */
    public static double rowLoss(double[] scores, int sOff, double[] x, int xOff, int d, double[] dScores, int dOff) {
        double total = 0;
        double scale = 2.0 / d;
        for (int j = 0; j < d; j++) {
            double r = scores[sOff + j] - x[xOff + j];
            total += r * r;
            dScores[dOff + j] = scale * r;
        }
        return total / d;
    }

    @Override
    public double valueAndGradient(Dataset data, int[] order, int from, int to, double[] grad) {
        java.util.Arrays.fill(grad, 0);
        double[] x = data.features();
        int cols = data.cols();
        int count = to - from;
        if (batchScores.length < count * width) {
            batchScores = new double[count * width];
        }
        model.scoresBatch(x, cols, order, from, to, batchScores);
        double total = 0;
        for (int p = 0; p < count; p++) {
            // the outputs become their own gradients in place: the model has kept what backward needs
            total += rowLoss(batchScores, p * width, x, order[from + p] * cols, width, batchScores, p * width);
        }
        model.addGradientBatch(x, cols, order, from, to, batchScores, grad);
        double inv = 1.0 / count;
        for (int i = 0; i < grad.length; i++) {
            grad[i] *= inv;
        }
        return total * inv + regularizer.addGradient(model, grad);
    }

    /** {mean reconstruction loss, NaN}: an autoencoder has no error rate. */
    @Override
    public double[] lossAndError(Dataset data, int[] rows) {
        return new double[] {meanLoss(model, data.features(), data.cols(), rows), Double.NaN};
    }

    /**
     * The mean reconstruction loss of {@code model} (in its current mode) over the given rows of
     * the row-major {@code x} with {@code cols} columns: mean squared error over all entries.
     */
    public static double meanLoss(Model model, double[] x, int cols, int[] rows) {
        int d = model.inputDimension();
        double[] out = new double[d];
        double total = 0;
        for (int row : rows) {
            model.scores(x, row * cols, out);
            total += rowLoss(out, 0, x, row * cols, d, out, 0);
        }
        return total / rows.length;
    }
}
