package versus.model;

import java.util.random.RandomGenerator;

/**
 * A differentiable scoring function with its parameters in one flat {@code double[]}
 * (layout documented by each implementation). Rows of data are read in place from a contiguous
 * row-major array at an offset, so no per-example copies are made.
 */
public interface Model {
    int numParameters();

    int numOutputs();

    /** Number of input features. */
    int inputDimension();

    /** The live parameter array: optimizers update it in place. */
    double[] parameters();

    /** False for parameters a regularizer must not touch (biases). */
    boolean penalized(int index);

    /** Writes {@link #numOutputs()} scores for the row {@code x[offset .. offset+inputDimension-1]}. */
    void scores(double[] x, int offset, double[] out);

    /** {@code grad += J^T dScores}, the parameter gradient of {@code dScores . scores(x)} at the current parameters. */
    void addGradient(double[] x, int offset, double[] dScores, double[] grad);

    /**
     * Scores of the rows {@code order[from..to-1]} of the row-major matrix {@code x} with
     * {@code cols} columns, written row after row into {@code out} ({@link #numOutputs()} per row).
     * Models with hidden layers override this with batched kernels and keep the activations for
     * {@link #addGradientBatch}; the default loops over {@link #scores}.
     */
    default void scoresBatch(double[] x, int cols, int[] order, int from, int to, double[] out) {
        int k = numOutputs();
        double[] row = new double[k];
        for (int p = from; p < to; p++) {
            scores(x, order[p] * cols, row);
            System.arraycopy(row, 0, out, (p - from) * k, k);
        }
    }

    /**
     * {@code grad += sum_p J_p^T dScores_p} over the same rows as the {@link #scoresBatch} call that
     * must immediately precede it (at the same parameters); {@code dScores} is row-major like its
     * {@code out}. The default loops over {@link #addGradient}.
     */
    default void addGradientBatch(double[] x, int cols, int[] order, int from, int to, double[] dScores, double[] grad) {
        int k = numOutputs();
        double[] row = new double[k];
        for (int p = from; p < to; p++) {
            System.arraycopy(dScores, (p - from) * k, row, 0, k);
            addGradient(x, order[p] * cols, row, grad);
        }
    }

    /**
     * Switches training-time behaviour on or off: dropout masks, input noise and batch statistics
     * (see {@link MlpOptions}). Training mode draws its masks from {@code rng} in a fixed order, so
     * one seed gives one run; evaluation mode is deterministic and may pass a null {@code rng}.
     * Models start in evaluation mode; the default has nothing to switch.
     */
    default void setTraining(boolean training, RandomGenerator rng) {
    }

    /**
     * A copy of the state that training changes besides the parameters (batch-norm running
     * statistics), so that restoring the best epoch restores it too; empty by default.
     */
    default double[] state() {
        return new double[0];
    }

    /** Puts back what {@link #state()} returned. */
    default void restoreState(double[] state) {
    }

    /** Fills the parameters from an initializer; biases start at zero. */
    void initialize(Initializer init, RandomGenerator rng);
}
