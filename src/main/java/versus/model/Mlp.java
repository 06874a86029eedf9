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
 * <p>{@link MlpOptions} add training aids, active in training mode only ({@link #setTraining}):
 * Gaussian noise on the inputs, inverted dropout on the hidden outputs ({@code a_l .* m_l} with
 * m_l in {0, 1/(1-p)}; the backward pass multiplies {@code dL/da_l} by the same mask) and batch
 * normalization of the hidden layers' affine outputs, {@code a_l = g(BN(W_l a_{l-1}))} with
 * {@link BatchNorm}. A training-mode forward pass draws its random numbers from the generator given
 * to {@link #setTraining} in a fixed order (the noise of the rows, then each hidden layer's mask
 * row by row), so one seed gives one run. With batch normalization in training mode a row's
 * scores depend on its batch, so only the batch methods ({@link #scoresBatch},
 * {@link #addGradientBatch}) work then; the per-row ones throw UnsupportedOperationException.
 *
 * <p><b>Parameter layout</b>: one flat array holding the weight layers in order from the inputs
 * (index l = 0 .. L-1 in the accessors, L = hidden layers + 1), each as
 * <pre>
 *   W_l   fanOut(l) x fanIn(l), row-major: W_l[j][i] at weightOffset(l) + j*fanIn(l) + i   (penalised)
 *   b_l   fanOut(l) biases from biasOffset(l)                                              (unpenalised)
 *   g_l   batch norm, hidden layers only: fanOut(l) scales gamma, started at 1             (unpenalised)
 *   u_l   hidden layers only: width_l * parametersPerUnit unit parameters (PReLU slopes)   (unpenalised)
 * </pre>
 * with fanIn(0) = inputs, fanIn(l) = width of hidden layer l-1, fanOut(l) = width_l (times the
 * pieces for maxout) and fanOut(L-1) = outputs. A 3-[2]-1 network has (3+1)*2 + (2+1)*1 = 11
 * parameters (seed G03). With batch normalization b_l is the shift beta, added after the
 * normalisation: a bias added before it would be cancelled by the mean subtraction (the paper's
 * section 3.2 drops it for that reason). The running averages of the batch statistics are state
 * of the network, not parameters: they get no gradient and no optimizer step.
 *
 * <p>An instance keeps its activations in preallocated scratch (grown once to the largest batch),
 * so it is not thread-safe: every split trains its own model.
 */
public final class Mlp implements LayeredModel {
    private final int inputs;
    private final int outputs;
    private final int[] hidden;
    private final HiddenUnits units;
    private final int[] fanIn;
    private final int[] fanOut;
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final int[] gammaOffset;
    private final int[] unitOffset;
    private final MlpOptions options;
    /** Per hidden layer with batch normalization; null without it. */
    private final BatchNorm[] norms;
    private final double[] params;
    private final boolean[] penalized;

    /** W_l^T of the layer being backpropagated; the largest fanIn x fanOut block. */
    private final Workspace row;
    private Workspace batch;
    /** The rows of the last {@link #scoresBatch}, whose activations {@link #batch} holds. */
    private double[] batchX;
    private int[] batchOrder;
    private int batchFrom;
    private int batchTo;
    private boolean training;
    /** Draws the dropout masks and input noise in training mode. */
    private RandomGenerator rng;

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
        this(inputs, hidden, units, outputs, MlpOptions.NONE);
    }

    /** An MLP with training aids (dropout, input noise, batch normalization). */
    public Mlp(int inputs, int[] hidden, HiddenUnits units, int outputs, MlpOptions options) {
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
        this.options = java.util.Objects.requireNonNull(options, "options");
        int layers = hidden.length + 1;
        fanIn = new int[layers];
        fanOut = new int[layers];
        weightOffset = new int[layers];
        biasOffset = new int[layers];
        gammaOffset = new int[layers];
        unitOffset = new int[layers];
        int offset = 0;
        for (int l = 0; l < layers; l++) {
            boolean output = l == layers - 1;
            fanIn[l] = l == 0 ? inputs : hidden[l - 1];
            fanOut[l] = output ? outputs : hidden[l] * units.pieces();
            weightOffset[l] = offset;
            biasOffset[l] = offset + fanOut[l] * fanIn[l];
            gammaOffset[l] = biasOffset[l] + fanOut[l];
            unitOffset[l] = gammaOffset[l] + (normalized(l) ? fanOut[l] : 0);
            offset = unitOffset[l] + (output ? 0 : hidden[l] * units.parametersPerUnit());
        }
        params = new double[offset];
        penalized = new boolean[offset];
        for (int l = 0; l < layers; l++) {
            java.util.Arrays.fill(penalized, weightOffset[l], biasOffset[l], true);
        }
        norms = options.batchNorm() ? new BatchNorm[hidden.length] : null;
        if (norms != null) {
            for (int l = 0; l < hidden.length; l++) {
                norms[l] = new BatchNorm(fanOut[l]);
            }
        }
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

    public MlpOptions options() { return options; }

    /** Whether training-mode behaviour (dropout, noise, batch statistics) is on; false until {@link #setTraining}. */
    public boolean training() { return training; }

    /** Number of weight layers L = hidden layers + 1. */
    @Override
    public int layers() { return fanIn.length; }

    /** fanIn of weight layer l (0-based): the inputs, or the width of hidden layer l-1. */
    public int fanIn(int l) { return fanIn[l]; }

    /** fanOut of weight layer l (0-based): affine outputs, width * pieces for maxout. */
    public int fanOut(int l) { return fanOut[l]; }

    /** Where W_l (fanOut x fanIn, row-major) starts in {@link #parameters()}. */
    public int weightOffset(int l) { return weightOffset[l]; }

    /** Where the fanOut biases of layer l start in {@link #parameters()}. */
    public int biasOffset(int l) { return biasOffset[l]; }

    /** Where the fanOut batch-norm scales gamma of hidden layer l start (only with batch normalization). */
    public int gammaOffset(int l) { return gammaOffset[l]; }

    /** Where the unit parameters (PReLU slopes) of hidden layer l start in {@link #parameters()}. */
    int unitOffset(int l) { return unitOffset[l]; }

    /**
     * The activation patterns and linear regions of this network ({@link ActivationRegions}):
     * for piecewise-linear hidden units without batch normalization; throws
     * IllegalArgumentException otherwise. Reads the current parameters at every call.
     */
    public ActivationRegions regions() {
        return new ActivationRegions(this);
    }

    /** Whether weight layer l is normalised: the hidden layers, with batch normalization. */
    private boolean normalized(int l) {
        return options.batchNorm() && l < layers() - 1;
    }

    /** The running means and variances of every batch normalization, layer by layer. */
    @Override
    public double[] state() {
        if (norms == null) {
            return new double[0];
        }
        int size = 0;
        for (BatchNorm bn : norms) {
            size += 2 * bn.runningMean().length;
        }
        double[] out = new double[size];
        int at = 0;
        for (BatchNorm bn : norms) {
            int w = bn.runningMean().length;
            System.arraycopy(bn.runningMean(), 0, out, at, w);
            System.arraycopy(bn.runningVariance(), 0, out, at + w, w);
            at += 2 * w;
        }
        return out;
    }

    @Override
    public void restoreState(double[] state) {
        if (norms == null) {
            return;
        }
        int at = 0;
        for (BatchNorm bn : norms) {
            int w = bn.runningMean().length;
            System.arraycopy(state, at, bn.runningMean(), 0, w);
            System.arraycopy(state, at + w, bn.runningVariance(), 0, w);
            at += 2 * w;
        }
    }

    /** The batch normalization of hidden layer l (running statistics); only with batch normalization. */
    BatchNorm batchNorm(int l) {
        return norms[l];
    }

    /**
     * Training mode needs a generator when the options draw random numbers (dropout, input noise);
     * evaluation mode ignores it.
     */
    @Override
    public void setTraining(boolean training, RandomGenerator rng) {
        if (training && options.random()) {
            java.util.Objects.requireNonNull(rng, "training with dropout or input noise needs a random generator");
        }
        this.training = training;
        this.rng = rng;
    }

    @Override
    public void scores(double[] x, int offset, double[] out) {
        requireRowwise();
        forward(row, x, offset, 1, out);
    }

    /**
     * The outputs {@code a_l} of hidden layer {@code layer} (0-based, after its units; evaluation
     * mode, so no dropout or noise) for the row {@code x[offset ..]}, into {@code out[0 .. width_l - 1]}:
     * an autoencoder's code of the row when {@code layer} is its code layer.
     */
    public void hiddenOutputs(int layer, double[] x, int offset, double[] out) {
        if (training) {
            throw new IllegalStateException("hidden outputs are read in evaluation mode");
        }
        java.util.Objects.checkIndex(layer, hidden.length);
        forward(row, x, offset, 1, row.scores);
        System.arraycopy(row.a[layer], 0, out, 0, hidden[layer]);
    }

    /** Throws UnsupportedOperationException for batch normalization in training mode (see the class comment). */
    @Override
    public void addGradient(double[] x, int offset, double[] dScores, double[] grad) {
        requireRowwise();
        forward(row, x, offset, 1, row.scores);
        backward(row, 1, dScores, grad);
    }

    /** One row alone has no batch statistics. */
    private void requireRowwise() {
        if (training && options.batchNorm()) {
            throw new UnsupportedOperationException("batch normalization in training mode normalises over a batch: "
                    + "use scoresBatch and addGradientBatch, or evaluation mode");
        }
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
        backward(batch, to - from, dScores, grad);
    }

    /**
     * Scores of n rows of {@code in} (row-major, fanIn(0) columns from {@code inOff}) into {@code out},
     * keeping in {@code ws} what the backward pass needs (the input actually used, activations,
     * masks, normalised values).
     */
    private void forward(Workspace ws, double[] in, int inOff, int n, double[] out) {
        ws.trainingPass = training;
        if (training && options.inputNoise() > 0) {
            in = noisyInput(ws, in, inOff, n);
            inOff = 0;
        }
        ws.in = in;
        ws.inOff = inOff;
        int last = layers() - 1;
        for (int l = 0; l <= last; l++) {
            double[] z = l == last ? out : ws.z[l];
            if (normalized(l)) {
                java.util.Arrays.fill(z, 0, n * fanOut[l], 0.0); // b_l is added after the normalisation
            } else {
                DenseKernels.fillRows(z, n, fanOut[l], params, biasOffset[l]);
            }
            DenseKernels.addProductTransposed(in, inOff, params, weightOffset[l], z, 0, n, fanOut[l], fanIn[l]);
            if (l < last) {
                if (normalized(l)) {
                    norms[l].forward(z, n, training, params, gammaOffset[l], biasOffset[l], ws.zhat[l], ws.invStd[l]);
                }
                units.forward(z, ws.a[l], n, hidden[l], params, unitOffset[l]);
                if (dropping(ws)) {
                    drop(ws, l, n * hidden[l]);
                }
                in = output(ws, l);
                inOff = 0;
            }
        }
    }

    /** Whether the forward pass in {@code ws} dropped hidden units. */
    private boolean dropping(Workspace ws) {
        return ws.trainingPass && options.dropout() > 0;
    }

    /** What hidden layer l passed on in the last forward pass of {@code ws}: its activations, after dropout. */
    private double[] output(Workspace ws, int l) {
        return dropping(ws) ? ws.kept[l] : ws.a[l];
    }

    /** The n input rows plus N(0, sigma^2) noise, in {@code ws.input} (the batch path has gathered them there already). */
    private double[] noisyInput(Workspace ws, double[] in, int inOff, int n) {
        int count = n * inputs;
        if (in != ws.input) {
            System.arraycopy(in, inOff, ws.input, 0, count);
        }
        double sigma = options.inputNoise();
        for (int i = 0; i < count; i++) {
            ws.input[i] += sigma * rng.nextGaussian();
        }
        return ws.input;
    }

    /** Inverted dropout of hidden layer l's {@code count} activations: mask 1/(1-p) with probability 1-p, else 0. */
    private void drop(Workspace ws, int l, int count) {
        double keep = 1 - options.dropout();
        double scale = 1 / keep;
        double[] a = ws.a[l];
        double[] mask = ws.mask[l];
        double[] kept = ws.kept[l];
        for (int i = 0; i < count; i++) {
            double m = rng.nextDouble() < keep ? scale : 0;
            mask[i] = m;
            kept[i] = a[i] * m;
        }
    }

    /**
     * {@code grad += sum over the n rows of J^T dScores}, with everything of the forward pass over the
     * same rows still in {@code ws}.
     */
    private void backward(Workspace ws, int n, double[] dScores, double[] grad) {
        double[] delta = dScores;
        for (int l = layers() - 1; l >= 0; l--) {
            double[] prev = l == 0 ? ws.in : output(ws, l - 1);
            int prevOff = l == 0 ? ws.inOff : 0;
            // grad W_l += delta_l^T a_{l-1}, straight from the batch-major buffers
            DenseKernels.addTransposedProduct(delta, 0, prev, prevOff, grad, weightOffset[l], fanOut[l], fanIn[l], n);
            if (!normalized(l)) { // with batch norm, b_l is beta: its gradient comes from BatchNorm.backward
                DenseKernels.addColumnSums(delta, 0, n, fanOut[l], grad, biasOffset[l]);
            }
            if (l == 0) {
                break; // no gradient with respect to the inputs is needed
            }
            // delta_{l-1} = (delta_l W_l) .* mask .* g'(z_{l-1}) = (delta_l (W_l^T)^T) .* mask .* g', then through BN
            java.util.Arrays.fill(ws.dA, 0, n * fanIn[l], 0.0);
            DenseKernels.addProduct(delta, 0, params, weightOffset[l], ws.dA, 0, n, fanIn[l], fanOut[l]);
            if (dropping(ws)) {
                double[] mask = ws.mask[l - 1];
                for (int i = 0, end = n * fanIn[l]; i < end; i++) {
                    ws.dA[i] *= mask[i];
                }
            }
            units.backward(ws.z[l - 1], ws.a[l - 1], ws.dA, ws.dZ, n, hidden[l - 1], params, unitOffset[l - 1], grad);
            if (normalized(l - 1)) {
                norms[l - 1].backward(ws.dZ, n, ws.trainingPass, ws.zhat[l - 1], ws.invStd[l - 1], params, gammaOffset[l - 1],
                        biasOffset[l - 1], grad);
            }
            delta = ws.dZ;
        }
    }

    /**
     * Per-layer L2 norms of the weight part of a gradient laid out like {@link #parameters()}
     * (biases and unit parameters excluded), input layer first: the vanishing / exploding gradient
     * diagnostic of Glorot and Bengio (2010).
     */
    @Override
    public void layerGradientNorms(double[] grad, double[] out) {
        for (int l = 0; l < layers(); l++) {
            int from = weightOffset[l];
            out[l] = Math.sqrt(versus.math.Vectors.dot(grad, from, grad, from, biasOffset[l] - from));
        }
    }

    /** {@link #layerGradientNorms} into a new array. */
    public double[] gradientNorms(double[] grad) {
        double[] out = new double[layers()];
        layerGradientNorms(grad, out);
        return out;
    }

    /**
     * Each weight layer from {@code init} in order (input layer first), so one seed gives one
     * network; fan-in and fan-out are the layer's fanIn and fanOut. Biases start at zero, unit
     * parameters at their units' starting values, batch-norm scales at 1 and its running
     * statistics at mean 0, variance 1.
     */
    @Override
    public void initialize(Initializer init, RandomGenerator rng) {
        java.util.Arrays.fill(params, 0.0);
        for (int l = 0; l < layers(); l++) {
            init.fill(params, weightOffset[l], fanOut[l] * fanIn[l], fanIn[l], fanOut[l], rng);
            if (l < layers() - 1) {
                units.initializeUnits(params, unitOffset[l], hidden[l]);
            }
            if (normalized(l)) {
                java.util.Arrays.fill(params, gammaOffset[l], gammaOffset[l] + fanOut[l], 1.0);
                norms[l].reset();
            }
        }
    }

    /** For example {@code mlp 3-[2]-1 tanh} or {@code mlp 3-[2]-1 tanh, dropout 0.5, batch norm}. */
    @Override
    public String toString() {
        String aids = options.summary();
        return "mlp " + inputs + "-" + java.util.Arrays.toString(hidden).replace(" ", "") + "-" + outputs + " " + units.name()
                + (aids.isEmpty() ? "" : ", " + aids);
    }

    /** Row-major buffers for up to {@code capacity} rows: everything one forward and backward pass keeps. */
    private final class Workspace {
        final int capacity;
        /** The gathered input rows, plus noise in training (the per-row path reads x in place unless it adds noise). */
        final double[] input;
        /** Per hidden layer: pre-activations (capacity x fanOut) and activations (capacity x width). */
        final double[][] z;
        final double[][] a;
        final double[] scores;
        final double[] dA;
        final double[] dZ;
        /** Batch norm, per hidden layer: normalised values (capacity x fanOut) and 1/sqrt(sigma^2 + eps) (fanOut). */
        final double[][] zhat;
        final double[][] invStd;
        /** Dropout, per hidden layer: the mask (0 or 1/(1-p)) and the kept outputs a .* mask (capacity x width). */
        final double[][] mask;
        final double[][] kept;
        /** What the last forward pass read and whether it ran in training mode, for its backward pass. */
        double[] in;
        int inOff;
        boolean trainingPass;

        Workspace(int capacity) {
            this.capacity = capacity;
            int h = hidden.length;
            z = new double[h][];
            a = new double[h][];
            zhat = new double[h][];
            invStd = new double[h][];
            mask = new double[h][];
            kept = new double[h][];
            int widest = inputs;
            int widestFanOut = outputs;
            for (int l = 0; l < h; l++) {
                z[l] = new double[capacity * fanOut[l]];
                a[l] = new double[capacity * hidden[l]];
                if (options.batchNorm()) {
                    zhat[l] = new double[capacity * fanOut[l]];
                    invStd[l] = new double[fanOut[l]];
                }
                if (options.dropout() > 0) {
                    mask[l] = new double[capacity * hidden[l]];
                    kept[l] = new double[capacity * hidden[l]];
                }
                widest = Math.max(widest, hidden[l]);
                widestFanOut = Math.max(widestFanOut, fanOut[l]);
            }
            input = new double[capacity * inputs];
            scores = new double[outputs];
            dA = new double[capacity * widest];
            dZ = new double[capacity * widestFanOut];
        }
    }
}
