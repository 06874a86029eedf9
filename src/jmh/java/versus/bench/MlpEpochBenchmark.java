package versus.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import versus.data.Dataset;
import versus.loss.LossCatalog;
import versus.model.ActivationCatalog;
import versus.model.DenseKernels;
import versus.model.Initializer;
import versus.model.Mlp;
import versus.objective.Objective;
import versus.objective.Regularizer;
import versus.optim.Adam;
import versus.train.History;
import versus.train.Trainer;
import versus.train.TrainerSpec;

/**
 * One training epoch of a 100-[64]-1 MLP (logistic output, two classes; {@code -p classes=10}:
 * 100-[64]-10 with softmax) on 160,000 x 100 dense N(0, 1) features through {@link Trainer}:
 * shuffle, mini-batches of 256, Adam (0.001), no penalty. About 4.2 GFLOP per epoch (forward,
 * weight gradients, hidden deltas). The peer is scikit-learn's
 * {@code MLPClassifier(hidden_layer_sizes=(64,), activation=..., batch_size=256, alpha=0)} on the
 * same shape ({@code scripts/bench/sklearn_mlp_epoch.py}), timed per {@code partial_fit} epoch
 * after a first one, with {@code OPENBLAS_NUM_THREADS=1}.
 *
 * <p>{@code blas} selects the {@link DenseKernels} back end of the forked JVM
 * ({@code -Dversus.blas}): {@code native} (OpenBLAS dgemm, one thread; the trial fails where the
 * natives do not load) or {@code java} (the pure-Java kernels). JMH forks a JVM per parameter
 * combination, so each trial runs with one back end chosen before its first product.
 *
 * <pre>
 * mvn -q -o -P bench package -DskipTests
 * java -jar target/benchmarks.jar MlpEpoch -f 2 -wi 2 -i 3
 * java -jar target/benchmarks.jar MlpEpoch -f 2 -wi 2 -i 3 -p classes=10
 * OPENBLAS_NUM_THREADS=1 /usr/bin/python3 scripts/bench/sklearn_mlp_epoch.py relu   (and tanh; 10 classes: relu 10)
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class MlpEpochBenchmark {
    private static final int ROWS = 160_000;
    private static final int COLS = 100;

    @Param({"relu", "tanh"})
    public String activation;

    /** The {@link DenseKernels} back end: native (OpenBLAS) or java. */
    @Param({"native", "java"})
    public String blas;

    /** 2: one logistic output; more: softmax outputs. */
    @Param({"2"})
    public int classes;

    private Dataset data;
    private Objective objective;
    private SplittableRandom rng;
    private final Trainer trainer = new Trainer(TrainerSpec.miniBatch(1, 256));
    private final Adam adam = Adam.withRate(0.001);

    @Setup
    public void setUp() {
        // the back end is chosen once per JVM, at the first large product: this fork's is set here
        System.setProperty("versus.blas", blas);
        DenseKernels.Backend expected = blas.equals("java") ? DenseKernels.Backend.JAVA : DenseKernels.Backend.OPENBLAS;
        if (DenseKernels.backend() != expected) {
            throw new IllegalStateException("wanted " + expected + ", got " + DenseKernels.describeBackend());
        }
        System.out.println("dense kernels: " + DenseKernels.describeBackend());
        SplittableRandom r = new SplittableRandom(42);
        double[] x = new double[ROWS * COLS];
        double[][] u = new double[classes == 2 ? 1 : classes][COLS];
        for (double[] uk : u) {
            for (int j = 0; j < COLS; j++) {
                uk[j] = r.nextGaussian();
            }
        }
        int[] y = new int[ROWS];
        double[] s = new double[u.length];
        for (int i = 0; i < ROWS; i++) {
            java.util.Arrays.fill(s, 0);
            for (int j = 0; j < COLS; j++) {
                x[i * COLS + j] = r.nextGaussian();
                for (int c = 0; c < u.length; c++) {
                    s[c] += x[i * COLS + j] * u[c][j];
                }
            }
            if (classes == 2) {
                y[i] = s[0] + r.nextGaussian() * 3 > 0 ? 1 : 0;
            } else {
                for (int c = 0; c < u.length; c++) {
                    s[c] += r.nextGaussian() * 3;
                }
                y[i] = versus.math.Vectors.argmax(s, s.length);
            }
        }
        List<String> names = java.util.stream.IntStream.range(0, classes).mapToObj(c -> "c" + c).toList();
        data = Dataset.of("bench", COLS, x, y, names);
        Mlp model = new Mlp(COLS, new int[] {64}, ActivationCatalog.byName(activation).orElseThrow(), classes == 2 ? 1 : classes);
        model.initialize(new Initializer.Xavier(), r);
        objective = new Objective(model, LossCatalog.coding(classes == 2 ? "logistic" : "softmax", classes), new Regularizer.None());
        rng = new SplittableRandom(7);
    }

    /** One epoch; the model keeps training from epoch to epoch (the cost does not depend on the weights). */
    @Benchmark
    public double epoch() {
        History history = new History();
        trainer.train(objective, adam, data, rng, history);
        return history.series("train-loss")[0];
    }
}
