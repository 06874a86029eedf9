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

    /** Fills the parameters from an initializer; biases start at zero. */
    void initialize(Initializer init, RandomGenerator rng);
}
