package versus.model;

import java.util.random.RandomGenerator;

/**
 * A multilayer perceptron trained by backpropagation (Rumelhart, Hinton and Williams 1986):
 * hidden layers {@code a_l = g(z_l)}, {@code z_l = W_l a_{l-1} + b_l}, {@code a_0 = x}, and an
 * affine output layer {@code s = W_L a_{L-1} + b_L} (identity: the loss applies softmax or sigmoid).
 * Every hidden layer has the same {@link HiddenUnits} (usually a scalar {@link Activation}).
 *
 * <p>For a batch with score gradients {@code delta_L = dL/ds} (one row per example), the backward
 * pass is {@code grad W_l += delta_l^T a_{l-1}}, {@code grad b_l += column sums of delta_l},
 * {@code delta_{l-1} = (delta_l W_l) .* g'(z_{l-1})}; the products run in
 * {@link DenseKernels#addProductTransposed}.
 *
 * <p><b>Parameter layout</b>: one flat array holding the weight layers in order from the inputs
 * (index l = 0 .. L-1 in the accessors, L = hidden layers + 1), each as
 * <pre>
 *   W_l   fanOut(l) x fanIn(l), row-major: W_l[j][i] at weightOffset(l) + j*fanIn(l) + i   (penalised)
 *   b_l   fanOut(l) biases from biasOffset(l)                                              (unpenalised)
 *   u_l   hidden layers only: width_l * parametersPerUnit unit parameters (PReLU slopes)   (unpenalised)
 * </pre>
 * with fanIn(0) = inputs, fanIn(l) = width of hidden layer l-1, fanOut(l) = width_l (times the
 * pieces for maxout) and fanOut(L-1) = outputs. A 3-[2]-1 network has (3+1)*2 + (2+1)*1 = 11
 * parameters (seed G03).
 *
 * <p>An instance keeps its activations in preallocated scratch (grown once to the largest batch),
 * so it is not thread-safe: every split trains its own model.
 */
public final class Mlp implements Model {
    private final int inputs;
    private final int outputs;
    private final int[] hidden;
    private final HiddenUnits units;
    private final int[] fanIn;
    private final int[] fanOut;
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final int[] unitOffset;
    private final double[] params;
    private final boolean[] penalized;

    /** W_l^T of the layer being backpropagated; the largest fanIn x fanOut block. */
    private final double[] transposedWeights;
    private final Workspace row;
    private Workspace batch;
    /** The rows of the last {@link #scoresBatch}, whose activations {@link #batch} holds. */
    private double[] batchX;
    private int[] batchOrder;
    private int batchFrom;
    private int batchTo;

    /** An MLP with the scalar activation f on every hidden unit. */
    public Mlp(int inputs, int[] hidden, Activation f, int outputs) {
        this(inputs, hidden, new HiddenUnits.Pointwise(f), outputs);
    }

    /**
     * An MLP with {@code hidden[l]} units in hidden layer l (an empty array is an affine model).
     * Throws IllegalArgumentException for non-positive sizes or untrainable units
     * ({@link #requireTrainable}).
     */
    public Mlp(int inputs, int[] hidden, HiddenUnits units, int outputs) {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("an mlp needs >= 1 input and output, got " + inputs + " -> " + outputs);
        }
        for (int h : hidden) {
            if (h < 1) {
                throw new IllegalArgumentException("hidden layer widths must be >= 1, got " + java.util.Arrays.toString(hidden));
            }
        }
        requireTrainable(units);
        this.inputs = inputs;
        this.outputs = outputs;
        this.hidden = hidden.clone();
        this.units = units;
        int layers = hidden.length + 1;
        fanIn = new int[layers];
        fanOut = new int[layers];
        weightOffset = new int[layers];
        biasOffset = new int[layers];
        unitOffset = new int[layers];
        int offset = 0;
        int maxBlock = 0;
        for (int l = 0; l < layers; l++) {
            boolean output = l == layers - 1;
            fanIn[l] = l == 0 ? inputs : hidden[l - 1];
            fanOut[l] = output ? outputs : hidden[l] * units.pieces();
            weightOffset[l] = offset;
            biasOffset[l] = offset + fanOut[l] * fanIn[l];
            unitOffset[l] = biasOffset[l] + fanOut[l];
            offset = unitOffset[l] + (output ? 0 : hidden[l] * units.parametersPerUnit());
            maxBlock = Math.max(maxBlock, fanIn[l] * fanOut[l]);
        }
        params = new double[offset];
        penalized = new boolean[offset];
        for (int l = 0; l < layers; l++) {
            java.util.Arrays.fill(penalized, weightOffset[l], biasOffset[l], true);
        }
        transposedWeights = new double[maxBlock];
        row = new Workspace(1);
    }

    /**
     * Throws IllegalArgumentException when the units cannot be trained by gradients (step, sign).
     * Called by the constructor; the experiment validator can call it before any data is read.
     */
    public static void requireTrainable(HiddenUnits units) {
        if (!units.trainable()) {
            throw new IllegalArgumentException("activation " + units.name()
                    + " has no useful derivative; it can only be used in fixed-network");
        }
    }

    /** {@link #requireTrainable(HiddenUnits)} for a scalar activation. */
    public static void requireTrainable(Activation f) {
        requireTrainable(new HiddenUnits.Pointwise(f));
    }

    @Override public int numParameters() { return params.length; }
    @Override public int numOutputs() { return outputs; }
    @Override public int inputDimension() { return inputs; }
    @Override public double[] parameters() { return params; }
    @Override public boolean penalized(int index) { return penalized[index]; }

    /** The hidden widths (a copy). */
    public int[] hidden() { return hidden.clone(); }

    public HiddenUnits units() { return units; }

    /** Number of weight layers L = hidden layers + 1. */
    public int layers() { return fanIn.length; }

    /** fanIn of weight layer l (0-based): the inputs, or the width of hidden layer l-1. */
    public int fanIn(int l) { return fanIn[l]; }

    /** fanOut of weight layer l (0-based): affine outputs, width * pieces for maxout. */
    public int fanOut(int l) { return fanOut[l]; }

    /** Where W_l (fanOut x fanIn, row-major) starts in {@link #parameters()}. */
    public int weightOffset(int l) { return weightOffset[l]; }

    /** Where the fanOut biases of layer l start in {@link #parameters()}. */
    public int biasOffset(int l) { return biasOffset[l]; }

    @Override
    public void scores(double[] x, int offset, double[] out) {
        forward(row, x, offset, 1, out);
    }

    @Override
    public void addGradient(double[] x, int offset, double[] dScores, double[] grad) {
        forward(row, x, offset, 1, row.scores);
        backward(row, x, offset, 1, dScores, grad);
    }

    @Override
    public void scoresBatch(double[] x, int cols, int[] order, int from, int to, double[] out) {
        int n = to - from;
        if (batch == null || batch.capacity < n) {
            batch = new Workspace(n);
        }
        for (int p = 0; p < n; p++) {
            System.arraycopy(x, order[from + p] * cols, batch.input, p * inputs, inputs);
        }
        forward(batch, batch.input, 0, n, out);
        batchX = x;
        batchOrder = order;
        batchFrom = from;
        batchTo = to;
    }

    @Override
    public void addGradientBatch(double[] x, int cols, int[] order, int from, int to, double[] dScores, double[] grad) {
        if (x != batchX || order != batchOrder || from != batchFrom || to != batchTo) {
            throw new IllegalStateException("addGradientBatch must follow scoresBatch on the same rows");
        }
        backward(batch, batch.input, 0, to - from, dScores, grad);
    }

    /** Scores of n rows of {@code in} (row-major, fanIn(0) columns from {@code inOff}) into {@code out}. */
    private void forward(Workspace ws, double[] in, int inOff, int n, double[] out) {
        int last = layers() - 1;
        for (int l = 0; l <= last; l++) {
            double[] z = l == last ? out : ws.z[l];
            DenseKernels.fillRows(z, n, fanOut[l], params, biasOffset[l]);
            DenseKernels.addProductTransposed(in, inOff, params, weightOffset[l], z, 0, n, fanOut[l], fanIn[l]);
            if (l < last) {
                units.forward(z, ws.a[l], n, hidden[l], params, unitOffset[l]);
                in = ws.a[l];
                inOff = 0;
            }
        }
    }

    /**
     * {@code grad += sum over the n rows of J^T dScores}, with the activations of the forward pass
     * over the same rows still in {@code ws}; {@code in} is that pass's input.
     */
    private void backward(Workspace ws, double[] in, int inOff, int n, double[] dScores, double[] grad) {
        double[] delta = dScores;
        for (int l = layers() - 1; l >= 0; l--) {
            double[] prev = l == 0 ? in : ws.a[l - 1];
            int prevOff = l == 0 ? inOff : 0;
            // grad W_l += delta_l^T a_{l-1}: rows of both transposes are contiguous over the batch
            DenseKernels.transpose(delta, 0, n, fanOut[l], ws.deltaT);
            DenseKernels.transpose(prev, prevOff, n, fanIn[l], ws.prevT);
            DenseKernels.addProductTransposed(ws.deltaT, 0, ws.prevT, 0, grad, weightOffset[l], fanOut[l], fanIn[l], n);
            DenseKernels.addRowSums(ws.deltaT, fanOut[l], n, grad, biasOffset[l]);
            if (l == 0) {
                break; // no gradient with respect to the inputs is needed
            }
            // delta_{l-1} = (delta_l W_l) .* g'(z_{l-1}) = (delta_l (W_l^T)^T) .* g'
            DenseKernels.transpose(params, weightOffset[l], fanOut[l], fanIn[l], transposedWeights);
            java.util.Arrays.fill(ws.dA, 0, n * fanIn[l], 0.0);
            DenseKernels.addProductTransposed(delta, 0, transposedWeights, 0, ws.dA, 0, n, fanIn[l], fanOut[l]);
            units.backward(ws.z[l - 1], ws.a[l - 1], ws.dA, ws.dZ, n, hidden[l - 1], params, unitOffset[l - 1], grad);
            delta = ws.dZ;
        }
    }

    /**
     * Per-layer L2 norms of the weight part of a gradient laid out like {@link #parameters()}
     * (biases and unit parameters excluded), input layer first: the vanishing / exploding gradient
     * diagnostic of Glorot and Bengio (2010).
     */
    public double[] gradientNorms(double[] grad) {
        double[] norms = new double[layers()];
        for (int l = 0; l < norms.length; l++) {
            int from = weightOffset[l];
            norms[l] = Math.sqrt(versus.math.Vectors.dot(grad, from, grad, from, biasOffset[l] - from));
        }
        return norms;
    }

    /**
     * Each weight layer from {@code init} in order (input layer first), so one seed gives one
     * network; fan-in and fan-out are the layer's fanIn and fanOut. Biases start at zero, unit
     * parameters at their units' starting values.
     */
    @Override
    public void initialize(Initializer init, RandomGenerator rng) {
        java.util.Arrays.fill(params, 0.0);
        for (int l = 0; l < layers(); l++) {
            init.fill(params, weightOffset[l], fanOut[l] * fanIn[l], fanIn[l], fanOut[l], rng);
            if (l < layers() - 1) {
                units.initializeUnits(params, unitOffset[l], hidden[l]);
            }
        }
    }

    /** For example {@code mlp 3-[2]-1 tanh}. */
    @Override
    public String toString() {
        return "mlp " + inputs + "-" + java.util.Arrays.toString(hidden).replace(" ", "") + "-" + outputs + " " + units.name();
    }

    /** Row-major buffers for up to {@code capacity} rows: everything one forward and backward pass keeps. */
    private final class Workspace {
        final int capacity;
        /** The gathered input rows (the per-row path reads x in place). */
        final double[] input;
        /** Per hidden layer: pre-activations (capacity x fanOut) and activations (capacity x width). */
        final double[][] z;
        final double[][] a;
        final double[] scores;
        final double[] dA;
        final double[] dZ;
        final double[] deltaT;
        final double[] prevT;

        Workspace(int capacity) {
            this.capacity = capacity;
            int h = hidden.length;
            z = new double[h][];
            a = new double[h][];
            int widest = inputs;
            int widestFanOut = outputs;
            for (int l = 0; l < h; l++) {
                z[l] = new double[capacity * fanOut[l]];
                a[l] = new double[capacity * hidden[l]];
                widest = Math.max(widest, hidden[l]);
                widestFanOut = Math.max(widestFanOut, fanOut[l]);
            }
            input = new double[capacity * inputs];
            scores = new double[outputs];
            dA = new double[capacity * widest];
            dZ = new double[capacity * widestFanOut];
            deltaT = new double[capacity * widestFanOut];
            prevT = new double[capacity * widest];
        }
    }
}
