package versus.baseline;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;
import smile.base.mlp.HiddenLayerBuilder;
import smile.base.mlp.Layer;
import smile.base.mlp.LayerBuilder;
import smile.base.mlp.OutputFunction;
import smile.classification.MLP;
import smile.math.MathEx;
import smile.math.TimeFunction;
import smile.math.blas.BLAS;
import versus.data.Dataset;
import versus.model.Classifier;
import versus.train.DivergedException;
import versus.train.History;
import versus.train.Learner;

/**
 * A multilayer perceptron by Smile's {@code smile.classification.MLP} (Smile 3.1.1, H. Li,
 * https://haifengl.github.io): fully connected hidden layers of one activation, a sigmoid output
 * unit for K = 2 and a softmax of K units otherwise, cross-entropy cost, trained by mini-batch
 * back-propagation (D. E. Rumelhart, G. E. Hinton and R. J. Williams, Learning representations
 * by back-propagating errors, Nature 323 (1986) 533-536) with plain SGD at a constant learning
 * rate on the batch-mean gradient. Weights start uniform in +-sqrt(6 / (fan-in + fan-out))
 * (X. Glorot and Y. Bengio, AISTATS 2010), biases at 0. The epoch loop is Smile's
 * {@code MLP.fit} loop (shuffle, then {@code update} per batch) written out so the network has
 * all K outputs even when a class is missing from a split, and so that each epoch can be
 * recorded.
 *
 * <p>Needs OpenBLAS: Smile multiplies the layers with BLAS through JavaCPP, and Versus ships
 * the natives for linux-x86_64 only. {@link #available()} says whether they load here;
 * {@link #fit} on a machine where they do not throws {@link UnsupportedOperationException} with
 * {@link #checkAvailable()}'s message. The probe loads the bundled OpenBLAS itself, before
 * Smile's {@code OpenBLAS} class sets {@code org.bytedeco.openblas.load=mkl_rt} (which would
 * make JavaCPP prefer an installed MKL), so every machine computes with the same library.
 *
 * <p>Deterministic given {@code rng}: Smile draws the initial weights and the epoch shuffles from
 * its RNG, which in Smile 3.1.1 is thread-local ({@code MathEx.setSeed} seeds the caller's
 * generator only), and this learner seeds it from {@code rng} and then builds and trains the
 * network on the same thread, sequentially; so concurrent fits on several threads neither
 * disturb nor wait for each other, and no lock is needed. (Were the generator global, seeding
 * and training would have to hold one lock together.)
 *
 * <p>Records in the history {@code train-loss} per epoch: the mean cross-entropy over the
 * training rows after that epoch (one extra forward pass); a non-finite value throws
 * {@link DivergedException}. Scores are Smile's posteriori (K class probabilities, also for
 * K = 2). Copies the training rows into a {@code double[][]}.
 *
 * @param hidden       units per hidden layer, each >= 1, at least one layer
 * @param activation   the hidden units' activation
 * @param learningRate SGD step size on the batch-mean gradient, > 0
 * @param epochs       passes over the training rows, >= 1
 * @param batchSize    rows per update, >= 1
 */
public record SmileMlp(int[] hidden, Activation activation, double learningRate, int epochs, int batchSize)
        implements Learner {

    /** The hidden activations Smile's MLP offers, by Versus's YAML names. */
    public enum Activation {
        RELU("relu", Layer::rectifier),
        LEAKY_RELU("leaky-relu", n -> Layer.leaky(n, 0.0)), // slope 0.01; Smile's leaky(n) is a plain relu
        SIGMOID("sigmoid", Layer::sigmoid),
        TANH("tanh", Layer::tanh),
        IDENTITY("identity", Layer::linear);

        private final String yamlName;
        private final IntFunction<HiddenLayerBuilder> layer;

        Activation(String yamlName, IntFunction<HiddenLayerBuilder> layer) {
            this.yamlName = yamlName;
            this.layer = layer;
        }

        public String yamlName() {
            return yamlName;
        }

        /** The activation of that YAML name; IllegalArgumentException naming {@code activation} otherwise. */
        public static Activation of(String name) {
            for (Activation a : values()) {
                if (a.yamlName.equals(name)) {
                    return a;
                }
            }
            throw new IllegalArgumentException("activation must be one of relu, leaky-relu, sigmoid, tanh, identity for smile-mlp, got "
                    + name);
        }
    }

    public SmileMlp {
        if (hidden == null || hidden.length == 0) {
            throw new IllegalArgumentException("hidden must list at least one layer size, got " + Arrays.toString(hidden));
        }
        for (int units : hidden) {
            if (units < 1) {
                throw new IllegalArgumentException("hidden sizes must be >= 1, got " + Arrays.toString(hidden));
            }
        }
        if (activation == null) {
            throw new IllegalArgumentException("activation must be one of relu, leaky-relu, sigmoid, tanh, identity, got null");
        }
        if (!(learningRate > 0 && learningRate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("learning-rate must be > 0 and finite, got " + learningRate);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch-size must be >= 1, got " + batchSize);
        }
        hidden = hidden.clone();
    }

    /** Units per hidden layer (a copy). */
    @Override
    public int[] hidden() {
        return hidden.clone();
    }

    /** Whether Smile's MLP can run here: the OpenBLAS natives load and answer. Probes once. */
    public static boolean available() {
        return Natives.FAILURE == null;
    }

    /** Throws {@link UnsupportedOperationException} with a message for the user unless {@link #available()}. */
    public static void checkAvailable() {
        if (!available()) {
            throw new UnsupportedOperationException(unavailableMessage(System.getProperty("os.name"),
                    System.getProperty("os.arch"), Natives.FAILURE));
        }
    }

    static String unavailableMessage(String osName, String osArch, String cause) {
        return "smile-mlp needs the OpenBLAS natives for linux-x86_64 (org.bytedeco:openblas); on " + osName + "/" + osArch
                + " use model: mlp instead (" + cause + ")";
    }

    /** Loads OpenBLAS once, at first use; FAILURE is null on success, else what went wrong. */
    private static final class Natives {
        static final String FAILURE = probe();

        private static String probe() {
            try {
                Loader.load(openblas.class);
                double dot = BLAS.engine.dot(2, new double[] {1, 2}, 1, new double[] {3, 4}, 1);
                return dot == 11 ? null : "OpenBLAS computed 1*3 + 2*4 = " + dot;
            } catch (LinkageError | RuntimeException e) { // UnsatisfiedLinkError, NoClassDefFoundError, ...
                return e.toString();
            }
        }
    }

    @Override
    public Classifier fit(Dataset train, RandomGenerator rng, History history) {
        checkAvailable();
        int n = train.rows();
        int k = train.numClasses();
        double[][] x = SmileBridge.rows(train);
        int[] y = train.labels();
        SmileBridge.seedThisThread(rng.nextLong());
        MLP net = new MLP(layers(train.cols(), k)); // initial weights: first draws of the seeded RNG
        net.setLearningRate(TimeFunction.constant(learningRate));
        for (int epoch = 1; epoch <= epochs; epoch++) {
            int[] order = MathEx.permutate(n);
            for (int start = 0; start < n; start += batchSize) {
                int size = Math.min(batchSize, n - start);
                double[][] bx = new double[size][];
                int[] by = new int[size];
                for (int j = 0; j < size; j++) {
                    bx[j] = x[order[start + j]];
                    by[j] = y[order[start + j]];
                }
                net.update(bx, by);
            }
            double loss = meanCrossEntropy(net, x, y, k);
            history.add(epoch, "train-loss", loss);
            if (!Double.isFinite(loss)) {
                throw new DivergedException(epoch, loss);
            }
        }
        history.note(String.format(Locale.ROOT, "smile-mlp: %s %s, SGD rate %.6g, batch %d, %d epochs",
                Arrays.toString(hidden), activation.yamlName(), learningRate, batchSize, epochs));
        return SmileModel.soft(net, k, true, train.cols());
    }

    private LayerBuilder[] layers(int inputs, int k) {
        LayerBuilder[] layers = new LayerBuilder[hidden.length + 2];
        layers[0] = Layer.input(inputs);
        for (int i = 0; i < hidden.length; i++) {
            layers[i + 1] = activation.layer.apply(hidden[i]);
        }
        layers[hidden.length + 1] = k == 2 ? Layer.mle(1, OutputFunction.SIGMOID) : Layer.mle(k, OutputFunction.SOFTMAX);
        return layers;
    }

    private static double meanCrossEntropy(MLP net, double[][] x, int[] y, int k) {
        double[] p = new double[k];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            net.predict(x[i], p);
            // a saturated sigmoid gives 1 - 1.0 = 0: clip, so only NaN weights count as diverged
            sum -= Math.log(Math.max(p[y[i]], Double.MIN_NORMAL));
        }
        return sum / x.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SmileMlp m && Arrays.equals(hidden, m.hidden) && activation == m.activation
                && Double.compare(learningRate, m.learningRate) == 0 && epochs == m.epochs && batchSize == m.batchSize;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(hidden) + java.util.Objects.hash(activation, learningRate, epochs, batchSize);
    }

    @Override
    public String toString() {
        return "SmileMlp[hidden=" + Arrays.toString(hidden) + ", activation=" + activation.yamlName() + ", learningRate="
                + learningRate + ", epochs=" + epochs + ", batchSize=" + batchSize + "]";
    }
}
