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
import versus.eval.ConfusionMatrix;
import versus.eval.Evaluator;
import versus.eval.Predictions;
import versus.loss.LossCatalog;
import versus.loss.MulticlassLoss;
import versus.model.LinearModel;
import versus.model.ModelClassifier;
import versus.objective.Objective;
import versus.objective.Regularizer;
import versus.optim.Sgd;
import versus.train.History;
import versus.train.Trainer;
import versus.train.TrainerSpec;

/**
 * The classification fast path of a linear model: one plain-SGD epoch (mini-batches of 32,
 * hinge loss for two classes, softmax for more) through {@link Trainer} on 100,000 x 50 dense
 * N(0, 1) features, and one evaluation of the trained model on the same rows
 * ({@link Evaluator#predict} and the confusion matrix the runner builds). Both read the class
 * labels as a primitive {@code int[]}; this measures that the target types around them cost
 * nothing per row.
 *
 * <pre>
 * mvn -q -o -P bench package -DskipTests
 * java -jar target/benchmarks.jar LinearEpoch -f 1 -wi 2 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
public class LinearEpochBenchmark {
    private static final int ROWS = 100_000;
    private static final int COLS = 50;

    /** 2: one hinge output; more: softmax outputs. */
    @Param({"2", "10"})
    public int classes;

    private Dataset data;
    private Objective objective;
    private ModelClassifier classifier;
    private SplittableRandom rng;
    private final Trainer trainer = new Trainer(TrainerSpec.miniBatch(1, 32));
    private final Sgd sgd = new Sgd(new versus.optim.Schedule.Constant(0.01));

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(42);
        double[] x = new double[ROWS * COLS];
        int[] y = new int[ROWS];
        double[] u = new double[COLS * classes];
        for (int j = 0; j < u.length; j++) {
            u[j] = r.nextGaussian();
        }
        double[] s = new double[classes];
        for (int i = 0; i < ROWS; i++) {
            java.util.Arrays.fill(s, 0);
            for (int j = 0; j < COLS; j++) {
                x[i * COLS + j] = r.nextGaussian();
                for (int c = 0; c < classes; c++) {
                    s[c] += x[i * COLS + j] * u[c * COLS + j];
                }
            }
            y[i] = classes == 2 ? (s[0] > 0 ? 1 : 0) : versus.math.Vectors.argmax(s, classes);
        }
        List<String> names = java.util.stream.IntStream.range(0, classes).mapToObj(c -> "c" + c).toList();
        data = Dataset.of("bench", COLS, x, y, names);
        LinearModel model = new LinearModel(COLS, classes == 2 ? 1 : classes);
        MulticlassLoss loss = LossCatalog.coding(classes == 2 ? "hinge" : "softmax", classes);
        objective = new Objective(model, loss, new Regularizer.None());
        classifier = new ModelClassifier(model, loss, classes);
        rng = new SplittableRandom(7);
    }

    /** One epoch; the model keeps training from epoch to epoch. */
    @Benchmark
    public double epoch() {
        History history = new History();
        trainer.train(objective, sgd, data, rng, history);
        return history.series("train-loss")[0];
    }

    /** Predictions for every row and their confusion matrix. */
    @Benchmark
    public double evaluate() {
        Predictions p = Evaluator.predict(classifier, data);
        return ConfusionMatrix.of(p).accuracy();
    }
}
