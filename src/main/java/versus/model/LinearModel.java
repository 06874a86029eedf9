package versus.model;

import java.util.random.RandomGenerator;
import versus.math.Vectors;

/**
 * K affine scores {@code s_k(x) = w_k . x + b_k}. Parameter layout: K rows of d+1 values,
 * row k = (w_k1 .. w_kd, b_k); the bias is last in its row (as scikit-learn's {@code LinearModelLoss}
 * and LIBLINEAR lay out {@code coef_} with an intercept column). The bias is unpenalised, or, with
 * {@link #withPenalisedBias}, penalised like a weight: LIBLINEAR's {@code -B 1}, which appends a
 * constant feature 1 whose weight is regularised with the others (Fan et al. 2008, appendix).
 */
public final class LinearModel implements Model {
    private final int d;
    private final int k;
    private final double[] w;
    private final boolean penalisedBias;

    public LinearModel(int inputDimension, int numOutputs) {
        this(inputDimension, numOutputs, false);
    }

    private LinearModel(int inputDimension, int numOutputs, boolean penalisedBias) {
        if (inputDimension < 1 || numOutputs < 1) {
            throw new IllegalArgumentException("a linear model needs >= 1 input and output, got " + inputDimension + " x " + numOutputs);
        }
        this.d = inputDimension;
        this.k = numOutputs;
        this.w = new double[k * (d + 1)];
        this.penalisedBias = penalisedBias;
    }

    /** A linear model whose biases the regularizer penalises like weights (LIBLINEAR's {@code -B 1}). */
    public static LinearModel withPenalisedBias(int inputDimension, int numOutputs) {
        return new LinearModel(inputDimension, numOutputs, true);
    }

    /** Whether the regularizer penalises the biases. */
    public boolean penalisedBias() { return penalisedBias; }

    @Override public int numParameters() { return w.length; }
    @Override public int numOutputs() { return k; }
    @Override public int inputDimension() { return d; }
    @Override public double[] parameters() { return w; }
    @Override public boolean penalized(int index) { return penalisedBias || index % (d + 1) != d; }

    /** The bias of output {@code out}. */
    public double bias(int out) { return w[out * (d + 1) + d]; }

    /** The weight of feature {@code j} for output {@code out}. */
    public double weight(int out, int j) { return w[out * (d + 1) + j]; }

    @Override
    public void scores(double[] x, int offset, double[] out) {
        for (int r = 0, base = 0; r < k; r++, base += d + 1) {
            out[r] = Vectors.dot(w, base, x, offset, d) + w[base + d];
        }
    }

    @Override
    public void addGradient(double[] x, int offset, double[] dScores, double[] grad) {
        for (int r = 0, base = 0; r < k; r++, base += d + 1) {
            double g = dScores[r];
            if (g != 0) {
                Vectors.axpy(g, x, offset, grad, base, d);
                grad[base + d] += g;
            }
        }
    }

    @Override
    public void scoresBatch(double[] x, int cols, int[] order, int from, int to, double[] out) {
        for (int p = from, o = 0; p < to; p++) {
            int off = order[p] * cols;
            for (int r = 0, base = 0; r < k; r++, base += d + 1) {
                out[o++] = Vectors.dot(w, base, x, off, d) + w[base + d];
            }
        }
    }

    @Override
    public void addGradientBatch(double[] x, int cols, int[] order, int from, int to, double[] dScores, double[] grad) {
        for (int p = from, o = 0; p < to; p++) {
            int off = order[p] * cols;
            for (int r = 0, base = 0; r < k; r++, base += d + 1) {
                double g = dScores[o++];
                if (g != 0) {
                    Vectors.axpy(g, x, off, grad, base, d);
                    grad[base + d] += g;
                }
            }
        }
    }

    @Override
    public void initialize(Initializer init, RandomGenerator rng) {
        java.util.Arrays.fill(w, 0);
        for (int r = 0; r < k; r++) {
            init.fill(w, r * (d + 1), d, d, k, rng);
        }
    }
}
